package org.lantian.eventlog;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.lantian.warning.Warning;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One warning episode, from the first proposal that led to it to its lift: the
 * proposals, officer actions and effective-level changes from the event log in
 * order, the region's hourly AQI over the episode (from a day before), and the
 * orders it caused as counts (each order is in the log too, under its warning id).
 */
@ApplicationScoped
public class EpisodeTimeline {

    /** How far before the issue a proposal still counts as leading to the warning. */
    static final Duration LEAD_UP = Duration.ofHours(72);
    private static final Duration AQI_BEFORE = Duration.ofHours(24);
    private static final Duration AQI_MAX = Duration.ofDays(31);
    private static final List<String> PER_ORDER = List.of("DIRECTIVE_ISSUED", "DIRECTIVE_ACKNOWLEDGED", "DIRECTIVE_OVERDUE");

    private final Pool pool;
    private final ObjectMapper mapper;

    EpisodeTimeline(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<Map<String, Object>> of(String warningId) {
        return pool.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE id = $1").execute(Tuple.of(warningId))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new NotFoundException("no warning " + warningId);
                    }
                    Warning w = Warning.of(rows.iterator().next());
                    OffsetDateTime end = w.liftedAt() != null ? w.liftedAt() : OffsetDateTime.now();
                    return proposals(w, end).chain(proposals -> {
                        OffsetDateTime start = proposals.values().stream().min(OffsetDateTime::compareTo)
                                .filter(first -> first.isBefore(w.issuedAt())).orElse(w.issuedAt());
                        List<String> subjects = new ArrayList<>(proposals.keySet());
                        subjects.add(w.id());
                        return events(subjects).chain(events -> aqi(w.regionCode(), start, end).chain(aqi -> orders(w.id())
                                .map(orders -> {
                                    Map<String, Object> t = new LinkedHashMap<>();
                                    t.put("warning", w);
                                    t.put("from", start);
                                    t.put("to", w.liftedAt());
                                    t.put("ongoing", w.liftedAt() == null);
                                    t.put("events", events);
                                    t.put("regionAqi", aqi);
                                    t.put("directives", orders);
                                    return t;
                                })));
                    });
                });
    }

    /** The proposal it was issued from, and the region's proposals from the lead-up (after any earlier lift) to the end. */
    private Uni<Map<String, OffsetDateTime>> proposals(Warning w, OffsetDateTime end) {
        return pool.preparedQuery("""
                        SELECT p.id, p.created_at FROM warning_proposal p
                         WHERE p.region_code = $1
                           AND (p.id = $2 OR (p.created_at > greatest($3,
                                   (SELECT max(lifted_at) FROM warning o WHERE o.region_code = $1 AND o.id <> $4 AND o.lifted_at <= $5))
                               AND p.created_at <= $6))
                         ORDER BY p.created_at
                        """)
                .execute(Tuple.of(w.regionCode(), w.proposalId(), w.issuedAt().minus(LEAD_UP), w.id(), w.issuedAt(), end))
                .map(rows -> {
                    Map<String, OffsetDateTime> ids = new LinkedHashMap<>();
                    rows.forEach(r -> ids.put(r.getString(0), r.getOffsetDateTime(1)));
                    return ids;
                });
    }

    private Uni<List<Map<String, Object>>> events(List<String> subjects) {
        return pool.preparedQuery("SELECT " + EventFilter.COLUMNS + " FROM event_log WHERE warning_id = ANY($1) "
                        + "AND NOT (type = ANY($2)) ORDER BY seq")
                .execute(Tuple.of(subjects.toArray(String[]::new), PER_ORDER.toArray(String[]::new)))
                .map(rows -> {
                    List<Map<String, Object>> list = new ArrayList<>();
                    rows.forEach(r -> list.add(EventRows.event(r)));
                    return list;
                });
    }

    private Uni<List<Map<String, Object>>> aqi(String region, OffsetDateTime start, OffsetDateTime end) {
        OffsetDateTime from = start.minus(AQI_BEFORE);
        OffsetDateTime to = end.isAfter(from.plus(AQI_MAX)) ? from.plus(AQI_MAX) : end;
        return pool.preparedQuery("""
                        SELECT %s
                          FROM region_hour_aqi WHERE region_code = $1 AND hour > $2 AND hour <= $3 ORDER BY hour
                        """.formatted(EventRows.HOUR_COLUMNS))
                .execute(Tuple.of(region, from, to))
                .map(rows -> {
                    List<Map<String, Object>> hours = new ArrayList<>();
                    rows.forEach(r -> hours.add(EventRows.hour(r, mapper)));
                    return hours;
                });
    }

    /** Orders caused by the warning (directly, or through the effective levels it set): counts by kind and action, acks. */
    private Uni<Map<String, Object>> orders(String warningId) {
        return pool.preparedQuery("""
                        SELECT kind, action, count(*) AS total, count(acked_at) AS acked,
                               count(*) FILTER (WHERE escalated_at IS NOT NULL) AS escalated,
                               count(*) FILTER (WHERE acked_at IS NULL AND ack_deadline < now()) AS overdue
                          FROM directive WHERE warning_id = $1 GROUP BY kind, action ORDER BY kind, action
                        """).execute(Tuple.of(warningId))
                .map(rows -> {
                    long total = 0;
                    long acked = 0;
                    long escalated = 0;
                    long overdue = 0;
                    Map<String, Map<String, Long>> byKind = new TreeMap<>();
                    for (Row r : rows) {
                        total += r.getLong("total");
                        acked += r.getLong("acked");
                        escalated += r.getLong("escalated");
                        overdue += r.getLong("overdue");
                        byKind.computeIfAbsent(r.getString("kind"), k -> new TreeMap<>()).put(r.getString("action"), r.getLong("total"));
                    }
                    Map<String, Object> counts = new LinkedHashMap<>();
                    counts.put("total", total);
                    counts.put("acknowledged", acked);
                    counts.put("unacknowledged", total - acked);
                    counts.put("ackRate", total == 0 ? null : Math.round(1000.0 * acked / total) / 1000.0);
                    counts.put("overdueNow", overdue);
                    counts.put("escalated", escalated);
                    counts.put("byKindAndAction", byKind);
                    return counts;
                });
    }
}
