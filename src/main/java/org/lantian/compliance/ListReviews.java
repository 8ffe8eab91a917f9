package org.lantian.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.directive.OrderPeriods;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.reduction.ReductionLists;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Gathers one episode's list execution review: the warning from warning, its orders from directive, the list from
 * reduction (each through its query API), the STOP/LIMIT verdicts from compliance's own {@code compliance_hour}; the
 * arithmetic is {@link ListReview}'s.
 */
@ApplicationScoped
public class ListReviews {

    private static final String ROWS = """
            SELECT directive_id, rule, meter, hour, verdict, value, baseline FROM compliance_hour
             WHERE directive_id = ANY($1) AND rule IN ('STOP', 'LIMIT') AND hour > $2 AND hour <= $3
             ORDER BY directive_id, hour, meter
            """;

    private final Pool pool;
    private final WarningQueries warnings;
    private final OrderPeriods orders;
    private final ReductionLists lists;
    private final Clock clock;

    ListReviews(Pool pool, WarningQueries warnings, OrderPeriods orders, ReductionLists lists, Clock clock) {
        this.pool = pool;
        this.warnings = warnings;
        this.orders = orders;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * The review of one warning's episode, or empty when there is no such warning.
     *
     * @param county the county the answer is confined to (a county officer's), or null for every county
     */
    public Uni<Optional<ListReview.Review>> of(String warningId, String county) {
        return warnings.find(warningId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<ListReview.Review>empty());
            }
            Warning w = found.get();
            OffsetDateTime from = w.effectiveFrom();
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean ongoing = w.liftedAt() == null;
            OffsetDateTime to = ongoing ? now : w.liftedAt();
            return lists.current(pool).chain(active -> {
                Map<String, ListReview.Listed> listed = ListReview.listed(active.list().plans());
                return orders.ofWarning(warningId).chain(periods -> {
                    List<OrderPeriod> mine = periods.stream().filter(p -> county == null || county.equals(countyOf(p, listed))).toList();
                    String[] ids = mine.stream().map(OrderPeriod::directiveId).distinct().toArray(String[]::new);
                    return pool.preparedQuery(ROWS).execute(Tuple.tuple().addArrayOfString(ids)
                            .addOffsetDateTime(from.minusHours(1)).addOffsetDateTime(to)).map(rs -> {
                        List<ListReview.HourRow> rows = new ArrayList<>();
                        for (Row r : rs) {
                            rows.add(new ListReview.HourRow(r.getString("directive_id"), Rule.valueOf(r.getString("rule")),
                                    r.getString("meter"), r.getOffsetDateTime("hour"), Verdict.valueOf(r.getString("verdict")),
                                    r.getDouble("value"), r.getDouble("baseline")));
                        }
                        return Optional.of(ListReview.review(w.id(), w.regionCode(), w.level().name(), from, to, ongoing, mine,
                                listed, rows));
                    });
                });
            });
        });
    }

    private static String countyOf(OrderPeriod p, Map<String, ListReview.Listed> listed) {
        ListReview.Listed l = listed.get(p.enterpriseId());
        return l != null ? l.countyCode() : p.regionCode();
    }
}
