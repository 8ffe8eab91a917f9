package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Appends to the event log in the caller's transaction (the event commits with
 * what it records) and verifies the chain. Appends from all instances are
 * serialised by a transaction-scoped advisory lock, so there is one chain.
 */
@ApplicationScoped
public class EventLog {

    private static final int LOCK = 7239;

    private final Pool pool;
    private final ObjectMapper mapper;

    EventLog(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** A new event at now (to the microsecond, as stored). */
    public static LogEvent event(String id, String type, String region, String warning, String enterprise, String directive,
                                 String actor, Map<String, Object> payload) {
        return new LogEvent(id, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS), type, region, warning, enterprise,
                directive, actor, payload);
    }

    public Uni<Void> append(SqlConnection tx, List<LogEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.query("SELECT pg_advisory_xact_lock(" + LOCK + ")").execute()
                .chain(() -> tx.query("SELECT hash FROM event_log ORDER BY seq DESC LIMIT 1").execute())
                .chain(rows -> {
                    String previous = rows.iterator().hasNext() ? rows.iterator().next().getString(0) : EventChain.GENESIS;
                    List<Tuple> inserts = new ArrayList<>();
                    for (LogEvent e : events) {
                        String hash = EventChain.hash(previous, EventChain.content(normalised(e)));
                        inserts.add(Tuple.tuple().addString(e.id()).addOffsetDateTime(e.at()).addString(e.type())
                                .addString(e.regionCode()).addString(e.warningId()).addString(e.enterpriseId())
                                .addString(e.directiveId()).addString(e.actor()).addString(Json.write(mapper, e.payload()))
                                .addString(previous).addString(hash));
                        previous = hash;
                    }
                    return tx.preparedQuery("""
                                    INSERT INTO event_log (id, at, type, region_code, warning_id, enterprise_id, directive_id,
                                                           actor, payload, prev_hash, hash)
                                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11)
                                    """).executeBatch(inserts).replaceWithVoid();
                });
    }

    public Uni<Void> append(List<LogEvent> events) {
        return pool.withTransaction(tx -> append(tx, events));
    }

    /** The result of recomputing the chain: how many events, and the first that does not match (null if none). */
    public record Verification(long events, boolean intact, Map<String, Object> firstMismatch) {
    }

    /** Recomputes every hash from the stored fields, in order, a page at a time. */
    public Uni<Verification> verify() {
        return verifyFrom(0, EventChain.GENESIS, 0);
    }

    private Uni<Verification> verifyFrom(long afterSeq, String previous, long checked) {
        return pool.preparedQuery("SELECT seq, id, at, type, region_code, warning_id, enterprise_id, directive_id, actor, "
                        + "payload::text, prev_hash, hash FROM event_log WHERE seq > $1 ORDER BY seq LIMIT 5000")
                .execute(Tuple.of(afterSeq))
                .chain(rows -> {
                    String prev = previous;
                    long seq = afterSeq;
                    long count = checked;
                    for (Row r : rows) {
                        seq = r.getLong("seq");
                        count++;
                        LogEvent e = new LogEvent(r.getString("id"), r.getOffsetDateTime("at"), r.getString("type"),
                                r.getString("region_code"), r.getString("warning_id"), r.getString("enterprise_id"),
                                r.getString("directive_id"), r.getString("actor"), payload(r.getString(9)));
                        String expected = EventChain.hash(prev, EventChain.content(e));
                        if (!prev.equals(r.getString("prev_hash")) || !expected.equals(r.getString("hash"))) {
                            Map<String, Object> bad = new LinkedHashMap<>();
                            bad.put("seq", seq);
                            bad.put("id", e.id());
                            bad.put("type", e.type());
                            bad.put("reason", !prev.equals(r.getString("prev_hash"))
                                    ? "its previous hash is not the hash of the event before it"
                                    : "its content does not match its hash (changed after it was written)");
                            return Uni.createFrom().item(new Verification(count, false, bad));
                        }
                        prev = r.getString("hash");
                    }
                    if (rows.size() < 5000) {
                        return Uni.createFrom().item(new Verification(count, true, null));
                    }
                    return verifyFrom(seq, prev, count);
                });
    }

    /** As stored: a payload read back from jsonb, as sorted maps, so that its canonical text is the one hashed. */
    private LogEvent normalised(LogEvent e) {
        return new LogEvent(e.id(), e.at(), e.type(), e.regionCode(), e.warningId(), e.enterpriseId(), e.directiveId(),
                e.actor(), payload(Json.write(mapper, e.payload())));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(String json) {
        try {
            return mapper.readValue(json, TreeMap.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
