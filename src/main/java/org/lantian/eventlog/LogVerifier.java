package org.lantian.eventlog;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** The hash chain and the anchors on Kafka checked together: what {@code /api/events/verify} and the console show. */
@ApplicationScoped
public class LogVerifier {

    private final EventLog log;
    private final AnchorCheck anchors;

    LogVerifier(EventLog log, AnchorCheck anchors) {
        this.log = log;
        this.anchors = anchors;
    }

    public Uni<LogVerification> verify() {
        return Uni.combine().all().unis(log.verify(), anchors.check()).with(LogVerification::of);
    }
}
