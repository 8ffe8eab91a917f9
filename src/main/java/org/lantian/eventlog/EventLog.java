package org.lantian.eventlog;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
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

    private final Pool pool;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Clock clock;

    EventLog(Pool pool, ObjectMapper mapper, MeterRegistry registry, Clock clock) {
        this.pool = pool;
        this.mapper = mapper;
        this.registry = registry;
        this.clock = clock;
    }

    /** A new event at the business clock's now (to the microsecond, as stored). */
    public LogEvent event(String id, EventType type, String region, String warning, String enterprise, String directive,
                          String actor, Map<String, Object> payload) {
        return event(OffsetDateTime.now(clock), id, type, region, warning, enterprise, directive, actor, payload);
    }

    /** A new event at {@code at}, the caller's business time (to the microsecond, as stored). */
    public static LogEvent event(OffsetDateTime at, String id, EventType type, String region, String warning, String enterprise,
                                 String directive, String actor, Map<String, Object> payload) {
        return new LogEvent(id, at.truncatedTo(ChronoUnit.MICROS), type, region, warning, enterprise, directive, actor, payload);
    }

    /**
     * Appends the events not yet in the log (ids are deterministic, so a redelivered input logs nothing twice), in
     * one statement, after the last event of the one chain.
     */
    public Uni<Void> append(SqlConnection tx, List<LogEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] ids = events.stream().map(LogEvent::id).toArray(String[]::new);
        return tx.query(AdvisoryLock.EVENT_CHAIN.xact()).execute()
                .chain(() -> tx.preparedQuery("SELECT id FROM event_log WHERE id = ANY($1)").execute(Tuple.of(ids)))
                .chain(rows -> {
                    Set<String> known = new HashSet<>();
                    rows.forEach(r -> known.add(r.getString(0)));
                    List<LogEvent> fresh = new ArrayList<>();
                    for (LogEvent e : events) {
                        if (known.add(e.id())) {
                            fresh.add(e);
                        }
                    }
                    if (fresh.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return tx.query("SELECT hash FROM event_log ORDER BY seq DESC LIMIT 1").execute()
                            .chain(last -> insert(tx, fresh,
                                    last.iterator().hasNext() ? last.iterator().next().getString(0) : EventChain.GENESIS));
                });
    }

    private Uni<Void> insert(SqlConnection tx, List<LogEvent> events, String after) {
        int n = events.size();
        String[] ids = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] types = new String[n];
        String[] regions = new String[n];
        String[] warnings = new String[n];
        String[] enterprises = new String[n];
        String[] directives = new String[n];
        String[] actors = new String[n];
        String[] payloads = new String[n];
        String[] previous = new String[n];
        String[] hashes = new String[n];
        String prev = after;
        for (int i = 0; i < n; i++) {
            LogEvent e = events.get(i);
            String hash = EventChain.hash(prev, EventChain.content(normalised(e)));
            ids[i] = e.id();
            at[i] = e.at();
            types[i] = e.type().name();
            regions[i] = e.regionCode();
            warnings[i] = e.warningId();
            enterprises[i] = e.enterpriseId();
            directives[i] = e.directiveId();
            actors[i] = e.actor();
            payloads[i] = Json.write(mapper, e.payload());
            previous[i] = prev;
            hashes[i] = hash;
            prev = hash;
        }
        // WITH ORDINALITY: seq follows the order the hashes were chained in
        return tx.preparedQuery("""
                        INSERT INTO event_log (id, at, type, region_code, warning_id, enterprise_id, directive_id,
                                               actor, payload, prev_hash, hash)
                        SELECT i, a, t, r, w, e, d, ac, p::jsonb, ph, h
                          FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
                                      $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
                               WITH ORDINALITY AS x(i, a, t, r, w, e, d, ac, p, ph, h, n)
                         ORDER BY n
                        """)
                .execute(Tuple.tuple().addArrayOfString(ids).addArrayOfOffsetDateTime(at).addArrayOfString(types)
                        .addArrayOfString(regions).addArrayOfString(warnings).addArrayOfString(enterprises)
                        .addArrayOfString(directives).addArrayOfString(actors).addArrayOfString(payloads)
                        .addArrayOfString(previous).addArrayOfString(hashes))
                // counted when written (a rolled-back transaction's events are counted too: a rate, not a ledger)
                .invoke(() -> events.forEach(e -> registry.counter("aq.eventlog.appended", "type", e.type().name()).increment()))
                .replaceWithVoid();
    }

    public Uni<Void> append(List<LogEvent> events) {
        return pool.withTransaction(tx -> append(tx, events));
    }

    /** The result of recomputing the chain: how many events, and the first that does not match (null if none). */
    /** The first event whose hash does not recompute: where it is and why. */
    public record Mismatch(long seq, String id, String type, String reason) {
    }

    public record Verification(long events, boolean intact, Mismatch firstMismatch) {
    }

    /**
     * Recomputes every hash from the stored fields, in order, a page at a time: the chain as the database has it.
     * A rewrite that recomputed the hashes after it passes this; {@link AnchorCheck} compares with the anchors.
     */
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
                        // as stored: the type is the text in the row, whatever it is
                        String expected = EventChain.hash(prev, EventChain.content(r.getString("id"), r.getOffsetDateTime("at"),
                                r.getString("type"), r.getString("region_code"), r.getString("warning_id"),
                                r.getString("enterprise_id"), r.getString("directive_id"), r.getString("actor"),
                                payload(r.getString(9))));
                        if (!prev.equals(r.getString("prev_hash")) || !expected.equals(r.getString("hash"))) {
                            Mismatch bad = new Mismatch(seq, r.getString("id"), r.getString("type"),
                                    !prev.equals(r.getString("prev_hash"))
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
