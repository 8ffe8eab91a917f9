package org.lantian.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.outbox.Outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Warning events go out on Kafka (outbox) and into the event log, both in the caller's transaction. */
@ApplicationScoped
public class WarningEvents {

    private final Outbox outbox;
    private final EventLog log;
    private final ObjectMapper mapper;

    WarningEvents(Outbox outbox, EventLog log, ObjectMapper mapper) {
        this.outbox = outbox;
        this.log = log;
        this.mapper = mapper;
    }

    public Uni<Void> publish(SqlConnection tx, List<WarningEvent> events) {
        return publish(tx, List.of(), events, List.of());
    }

    /** After a recomputation: the level events, then what they caused (orders). */
    public Uni<Void> publish(SqlConnection tx, List<LogEvent> before, EffectiveLevels.Recomputed recomputed) {
        return publish(tx, before, recomputed.events(), recomputed.consequences());
    }

    /**
     * Writes the messages and logs {@code before}, the warning events and {@code after} in that (causal) order, with
     * one append — callers make it their transaction's last statement.
     */
    public Uni<Void> publish(SqlConnection tx, List<LogEvent> before, List<WarningEvent> events, List<LogEvent> after) {
        List<LogEvent> logged = new ArrayList<>(before);
        events.forEach(e -> logged.add(logged(e)));
        logged.addAll(after);
        return outbox.write(tx, events.stream().map(e -> e.toOutbox(mapper)).toList()).chain(() -> log.append(tx, logged));
    }

    private LogEvent logged(WarningEvent e) {
        Map<String, Object> payload;
        try {
            payload = mapper.readValue(e.toOutbox(mapper).payload(), new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
        return log.event(e.eventId(), e.type(), e.regionCode(), e.warningId(), null, null, e.actor(), payload);
    }
}
