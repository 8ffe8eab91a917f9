package org.lantian.platform.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Parked outbox rows: set aside by the relay (a message that can never be published), listed, re-queued or
 * discarded by an admin. Every change is logged in its own transaction, the event-log append last (lock order:
 * the row locks first, the chain lock until commit).
 */
@ApplicationScoped
public class OutboxParking {

    private static final Logger LOG = Logger.getLogger(OutboxParking.class);

    /** A row parked now: set aside, not yet re-queued, discarded or published. */
    static final String PARKED = parked("outbox");
    /** For a row {@code o}: no row before it with its topic and key is parked (null keys have no order to keep). */
    static final String NOT_BLOCKED = "NOT EXISTS (SELECT 1 FROM outbox p WHERE p.topic = o.topic AND p.message_key = o.message_key "
            + "AND p.id < o.id AND " + parked("p") + ")";

    private final Pool pool;
    private final OutboxJournal journal;
    private final Clock clock;

    OutboxParking(Pool pool, OutboxJournal journal, Clock clock) {
        this.pool = pool;
        this.journal = journal;
        this.clock = clock;
    }

    /** Parks the rows (those still unpublished and not parked); the number parked. */
    Uni<Integer> park(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Long[] ids = refusals.stream().map(Refusal::id).toArray(Long[]::new);
        String[] reasons = refusals.stream().map(Refusal::reason).toArray(String[]::new);
        // parked_at / discarded_at = now(): stamps of when it happened, shown to operators; they decide nothing
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        UPDATE outbox o SET parked_at = now(), parked_reason = r.reason, park_count = o.park_count + 1
                          FROM unnest($1::bigint[], $2::text[]) AS r(id, reason)
                         WHERE o.id = r.id AND o.parked_at IS NULL AND o.published_at IS NULL AND o.discarded_at IS NULL
                        RETURNING o.id, o.topic, o.message_key, o.message_id, o.parked_reason, o.park_count
                        """).execute(Tuple.of(ids, reasons))
                .chain(rows -> {
                    List<Row> parked = new ArrayList<>();
                    rows.forEach(parked::add);
                    parked.sort(Comparator.comparingLong(r -> r.getLong("id")));
                    List<OutboxJournal.Entry> events = new ArrayList<>();
                    for (Row r : parked) {
                        LOG.warnf("Outbox: parked message %s (row %d, topic %s, key %s): %s", r.getString("message_id"),
                                r.getLong("id"), r.getString("topic"), r.getString("message_key"), r.getString("parked_reason"));
                        Map<String, Object> payload = subject(r);
                        payload.put("reason", r.getString("parked_reason"));
                        events.add(event("outbox:" + r.getLong("id") + ":parked:" + r.getInteger("park_count"), OutboxJournal.Decision.PARKED,
                                "system", payload));
                    }
                    return journal.record(tx, events).replaceWith(parked.size());
                }));
    }

    /** Parked rows, oldest first, with how many rows wait behind each. */
    public Uni<List<ParkedMessage>> list() {
        return pool.preparedQuery("SELECT p.id, p.topic, p.message_key, p.message_id, "
                        // the record's bytes: key, value and the message-id header (TopicLimits.contentBytes)
                        + "octet_length(p.payload) + coalesce(octet_length(p.message_key), 0) + octet_length(p.message_id) + $1 AS size, "
                        + "p.parked_reason, p.parked_at, p.created_at, "
                        + "(SELECT count(*) FROM outbox w WHERE w.topic = p.topic AND w.message_key = p.message_key AND w.id > p.id "
                        + "AND w.published_at IS NULL AND w.discarded_at IS NULL) AS waiting "
                        + "FROM outbox p WHERE " + parked("p") + " ORDER BY p.id")
                .execute(Tuple.of(OutboxRelay.MESSAGE_ID.length()))
                .map(rows -> {
                    List<ParkedMessage> result = new ArrayList<>();
                    for (Row r : rows) {
                        result.add(new ParkedMessage(r.getLong("id"), r.getString("topic"), r.getString("message_key"),
                                r.getString("message_id"), r.getLong("size"), r.getString("parked_reason"),
                                r.getOffsetDateTime("parked_at"), r.getOffsetDateTime("created_at"), r.getLong("waiting")));
                    }
                    return result;
                });
    }

    /** Clears the parking so that the relay tries again; empty if the row is not parked. */
    public Uni<Optional<ParkingDecision>> requeue(long id, String reason, String actor) {
        return decide(id, reason, actor, OutboxJournal.Decision.REQUEUED, """
                WITH old AS (SELECT id, parked_reason FROM outbox WHERE id = $1 AND %s FOR UPDATE)
                UPDATE outbox o SET parked_at = NULL, parked_reason = NULL FROM old WHERE o.id = old.id
                RETURNING o.id, o.topic, o.message_key, o.message_id, old.parked_reason, o.park_count
                """.formatted(PARKED));
    }

    /** Marks the row never to be sent (it no longer blocks its key); empty if the row is not parked. */
    public Uni<Optional<ParkingDecision>> discard(long id, String reason, String actor) {
        return decide(id, reason, actor, OutboxJournal.Decision.DISCARDED, """
                UPDATE outbox SET discarded_at = now() WHERE id = $1 AND %s
                RETURNING id, topic, message_key, message_id, parked_reason, park_count
                """.formatted(PARKED));
    }

    private Uni<Optional<ParkingDecision>> decide(long id, String reason, String actor, OutboxJournal.Decision action, String sql) {
        return pool.withTransaction(tx -> tx.preparedQuery(sql).execute(Tuple.of(id)).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().item(Optional.<ParkingDecision>empty());
            }
            Row r = rows.iterator().next();
            Map<String, Object> payload = subject(r);
            payload.put("reason", reason);
            payload.put("parkedReason", r.getString("parked_reason"));
            OutboxJournal.Entry event = event("outbox:" + id + ":" + action.name().toLowerCase() + ":" + r.getInteger("park_count"), action, actor, payload);
            ParkingDecision decision = new ParkingDecision(id, r.getString("topic"), r.getString("message_key"),
                    r.getString("message_id"), action.name(), reason, actor, event.at());
            LOG.infof("Outbox: %s %s message %s (row %d): %s", actor, action.name().toLowerCase(), decision.messageId(), id, reason);
            return journal.record(tx, List.of(event)).replaceWith(Optional.of(decision));
        }));
    }

    /** The condition "parked now" on the outbox row called {@code alias}. */
    static String parked(String alias) {
        return alias + ".parked_at IS NOT NULL AND " + alias + ".discarded_at IS NULL AND " + alias + ".published_at IS NULL";
    }

    private static Map<String, Object> subject(Row r) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("outboxId", r.getLong("id"));
        payload.put("topic", r.getString("topic"));
        payload.put("key", r.getString("message_key"));
        payload.put("messageId", r.getString("message_id"));
        return payload;
    }

    private OutboxJournal.Entry event(String id, OutboxJournal.Decision decision, String actor, Map<String, Object> payload) {
        return new OutboxJournal.Entry(id, decision, actor, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), payload);
    }
}
