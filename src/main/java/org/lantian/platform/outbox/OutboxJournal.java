package org.lantian.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Where the outbox records its own decisions (parked, re-queued, discarded), in the caller's
 * transaction as its last statement. The event log implements it, so the platform does not
 * depend on a capability above it.
 */
public interface OutboxJournal {

    /** What was decided (the event log names them OUTBOX_PARKED, OUTBOX_REQUEUED, OUTBOX_DISCARDED). */
    enum Decision {
        PARKED, REQUEUED, DISCARDED
    }

    /** One decision: a deterministic id, what was decided, who made it, when, and what it was about. */
    record Entry(String id, Decision decision, String actor, OffsetDateTime at, Map<String, Object> payload) {
    }

    Uni<Void> record(SqlConnection tx, List<Entry> entries);
}
