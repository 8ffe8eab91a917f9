package org.lantian.eventlog;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.security.DenialJournal;
import org.lantian.platform.security.Target;

import io.smallrye.mutiny.Uni;

/** Refused reaches for another tenant's object, as {@link EventType#ACCESS_DENIED} events naming the actor and the object. */
@ApplicationScoped
public class AccessDenials implements DenialJournal {

    private final EventLog log;

    AccessDenials(EventLog log) {
        this.log = log;
    }

    @Override
    public Uni<Void> record(Denial d) {
        Target t = d.target();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("endpoint", d.endpoint());
        payload.put("objectKind", t.kind());
        payload.put("objectId", bounded(t.id()));
        payload.put("objectRegion", bounded(t.regionCode()));
        payload.put("reason", d.reason());
        payload.put("unrecordedBefore", d.unrecorded());
        // each refusal is its own occurrence: nothing to deduplicate, so a random id
        return log.append(List.of(new LogEvent("ACCESS_DENIED:" + UUID.randomUUID(), d.at().truncatedTo(ChronoUnit.MICROS),
                EventType.ACCESS_DENIED, regionCode(t.regionCode()), "warning".equals(t.kind()) ? bounded(t.id()) : null, bounded(t.enterpriseId()),
                "directive".equals(t.kind()) ? bounded(t.id()) : null, d.actor(), payload)));
    }

    /** The object named by a refused request is the caller's text: kept short, and a region only if it can be one. */
    private static String bounded(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static String regionCode(String text) {
        return text != null && text.matches("\\d{6}") ? text : null;
    }
}
