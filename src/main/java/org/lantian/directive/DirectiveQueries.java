package org.lantian.directive;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other capabilities may ask about orders (the event log's brief and timeline do): typed answers read from
 * directive's own table, each as of a time the caller gives.
 */
@ApplicationScoped
public class DirectiveQueries {

    /** A region's orders issued in a window, and how many of them were acknowledged by its end. */
    public record RegionOrders(String regionCode, long issued, long acknowledged) {
    }

    /**
     * The orders a warning caused, counted as of a time.
     *
     * @param overdueNow      unacknowledged orders past their deadline as of that time
     * @param byKindAndAction order counts by kind, then action
     */
    public record OrderCounts(long total, long acknowledged, long unacknowledged, Double ackRate, long overdueNow, long escalated,
                              Map<String, Map<String, Long>> byKindAndAction) {
    }

    private final Pool pool;
    private final ObjectMapper mapper;

    DirectiveQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** Acknowledged / issued to three decimals, null when nothing was issued. */
    public static Double ackRate(long issued, long acknowledged) {
        return issued == 0 ? null : Math.round(1000.0 * acknowledged / issued) / 1000.0;
    }

    /** Per region with orders: those issued in the 24 hours up to {@code asOf}, and acknowledged by then. */
    public Uni<List<RegionOrders>> issuedInDayTo(OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT region_code, count(*) AS issued, count(*) FILTER (WHERE acked_at <= $1) AS acked
                          FROM directive WHERE issued_at > $1::timestamptz - interval '24 hours' AND issued_at <= $1 GROUP BY region_code
                        """).execute(Tuple.of(asOf))
                .map(rows -> {
                    List<RegionOrders> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new RegionOrders(r.getString("region_code"), r.getLong("issued"), r.getLong("acked"))));
                    return list;
                });
    }

    /**
     * Orders overdue as of {@code asOf} whose deadline passed after {@code deadlineAfter}: issued by then and not
     * acknowledged by then, by region, deadline and id. Shown as stored (a later acknowledgement shows too).
     */
    public Uni<List<DirectiveView>> overdueAsOf(OffsetDateTime asOf, OffsetDateTime deadlineAfter) {
        return pool.preparedQuery("""
                        SELECT %s FROM directive
                         WHERE ack_deadline <= $1 AND ack_deadline > $2 AND issued_at <= $1 AND (acked_at IS NULL OR acked_at > $1)
                         ORDER BY region_code, ack_deadline, id
                        """.formatted(DirectiveView.COLUMNS)).execute(Tuple.of(asOf, deadlineAfter))
                .map(rows -> {
                    List<DirectiveView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(DirectiveView.of(r, mapper)));
                    return list;
                });
    }

    /** The orders caused by a warning (directly, or through the effective levels it set), counted as of {@code asOf}. */
    public Uni<OrderCounts> countsOfWarning(String warningId, OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT kind, action, count(*) AS total, count(acked_at) AS acked,
                               count(*) FILTER (WHERE escalated_at IS NOT NULL) AS escalated,
                               count(*) FILTER (WHERE acked_at IS NULL AND ack_deadline < $2) AS overdue
                          FROM directive WHERE warning_id = $1 GROUP BY kind, action ORDER BY kind, action
                        """).execute(Tuple.of(warningId, asOf))
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
                    return new OrderCounts(total, acked, total - acked, ackRate(total, acked), overdue, escalated, byKind);
                });
    }

    /**
     * The orders of one enterprise (every kind addressed to it), newest first: what its own console lists.
     */
    public Uni<List<DirectiveView>> ofEnterprise(String enterpriseId, int limit) {
        return pool.preparedQuery("SELECT " + DirectiveView.COLUMNS + " FROM directive WHERE subject = $1 AND kind = ANY($2) "
                        + "ORDER BY issued_at DESC, id LIMIT $3")
                .execute(Tuple.of(enterpriseId, DirectiveRow.ENTERPRISE_KINDS.toArray(String[]::new), limit))
                .map(rows -> {
                    List<DirectiveView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(DirectiveView.of(r, mapper)));
                    return list;
                });
    }

    /**
     * A warning's orders, within one county or all (null): unacknowledged past their deadline first, then the rest
     * unacknowledged by deadline, then acknowledged ones.
     */
    public Uni<List<DirectiveView>> ofWarning(String warningId, String county, OffsetDateTime now, int limit) {
        return pool.preparedQuery("SELECT " + DirectiveView.COLUMNS + " FROM directive WHERE warning_id = $1 "
                        + "AND ($2::text IS NULL OR region_code = $2) "
                        + "ORDER BY (acked_at IS NULL AND confirmed_at IS NULL AND ack_deadline < $3) DESC, "
                        + "(acked_at IS NULL AND confirmed_at IS NULL) DESC, ack_deadline, id LIMIT $4")
                .execute(Tuple.of(warningId, county, now, limit))
                .map(rows -> {
                    List<DirectiveView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(DirectiveView.of(r, mapper)));
                    return list;
                });
    }
}
