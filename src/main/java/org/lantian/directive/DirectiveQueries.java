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
 * What other capabilities may ask about orders (consultation's brief and timeline do): typed answers read from
 * directive's own table, each as of a time the caller gives.
 */
@ApplicationScoped
public class DirectiveQueries {

    private final Pool pool;
    private final ObjectMapper mapper;

    DirectiveQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /**
     * Per region with orders: the orders issued in the 24 hours up to {@code asOf}, counted as of then (acknowledged,
     * escalated, overdue by then).
     */
    public Uni<Map<String, OrderCounts>> issuedInDayTo(OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT region_code, kind, action, count(*) AS total, count(*) FILTER (WHERE acked_at <= $1) AS acked,
                               count(*) FILTER (WHERE escalated_at <= $1) AS escalated,
                               count(*) FILTER (WHERE (acked_at IS NULL OR acked_at > $1) AND ack_deadline < $1) AS overdue
                          FROM directive WHERE issued_at > $1::timestamptz - interval '24 hours' AND issued_at <= $1
                         GROUP BY region_code, kind, action ORDER BY region_code, kind, action
                        """).execute(Tuple.of(asOf))
                .map(rows -> {
                    Map<String, List<OrderCounts.Group>> groups = new TreeMap<>();
                    rows.forEach(r -> groups.computeIfAbsent(r.getString("region_code"), k -> new ArrayList<>()).add(group(r)));
                    Map<String, OrderCounts> byRegion = new TreeMap<>();
                    groups.forEach((region, list) -> byRegion.put(region, OrderCounts.of(list).issuedInDay()));
                    return byRegion;
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
                    List<OrderCounts.Group> groups = new ArrayList<>();
                    rows.forEach(r -> groups.add(group(r)));
                    return OrderCounts.of(groups);
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

    private static OrderCounts.Group group(Row r) {
        return new OrderCounts.Group(r.getString("kind"), r.getString("action"), r.getLong("total"), r.getLong("acked"),
                r.getLong("escalated"), r.getLong("overdue"));
    }
}
