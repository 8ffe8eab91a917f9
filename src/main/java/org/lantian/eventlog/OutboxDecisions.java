package org.lantian.eventlog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.outbox.OutboxJournal;
import org.lantian.platform.outbox.OutboxJournal.Decision;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** The outbox's parkings, re-queues and discards, as events of the log (OUTBOX_PARKED, …). */
@ApplicationScoped
public class OutboxDecisions implements OutboxJournal {

    private final EventLog log;

    OutboxDecisions(EventLog log) {
        this.log = log;
    }

    @Override
    public Uni<Void> record(SqlConnection tx, List<Entry> entries) {
        return log.append(tx, entries.stream()
                .map(e -> new LogEvent(e.id(), e.at(), type(e.decision()), null, null, null, null, e.actor(), e.payload()))
                .toList());
    }

    static EventType type(Decision decision) {
        return switch (decision) {
            case PARKED -> EventType.OUTBOX_PARKED;
            case REQUEUED -> EventType.OUTBOX_REQUEUED;
            case DISCARDED -> EventType.OUTBOX_DISCARDED;
        };
    }
}
