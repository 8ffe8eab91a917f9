package org.lantian.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lantian.platform.http.ErrorMappers;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Answers a reach for another tenant's object, after recording it (rate-limited) in the event log. */
public class AccessRefusedMapper {

    private static final Logger LOG = Logger.getLogger(AccessRefusedMapper.class);

    private final DenialJournal journal;
    private final DenialRateLimit limit;
    private final MeterRegistry registry;
    private final Clock clock;

    AccessRefusedMapper(DenialJournal journal, DenialRateLimit limit, MeterRegistry registry, Clock clock) {
        this.journal = journal;
        this.limit = limit;
        this.registry = registry;
        this.clock = clock;
    }

    @ServerExceptionMapper
    public Uni<Response> refused(AccessRefused e) {
        Scope scope = e.scope();
        OptionalLong unrecorded = limit.admit(scope.actor());
        registry.counter("aq.platform.security.access-denied", "recorded", String.valueOf(unrecorded.isPresent())).increment();
        LOG.warnf("Access denied: %s on %s reached for %s (%s)", scope.actor(), scope.endpoint(), e.target().describe(),
                e.target().regionCode());
        Response answer = ErrorMappers.json(e.hidden() ? 404 : 403, e.getMessage(), "");
        if (unrecorded.isEmpty()) {
            return Uni.createFrom().item(answer);
        }
        DenialJournal.Denial denial = new DenialJournal.Denial(scope.actor(), OffsetDateTime.now(clock), scope.endpoint(),
                e.target(), e.getMessage(), unrecorded.getAsLong());
        return journal.record(denial)
                .onFailure().invoke(f -> LOG.errorf(f, "could not record the denial of %s to %s", e.target().describe(), scope.actor()))
                .onFailure().recoverWithNull()
                .replaceWith(answer);
    }
}
