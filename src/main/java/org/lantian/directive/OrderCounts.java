package org.lantian.directive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A set of orders counted as of a time: one shape wherever orders are counted (a warning's orders in its episode
 * timeline, a region's orders of the last 24 hours in the consultation brief and the brief's sum over regions).
 *
 * @param issuedLast24h   only for the orders issued in the 24 hours to the time (the brief): the same as {@code total};
 *                        absent elsewhere
 * @param total           orders in the set
 * @param acknowledged    of them, acknowledged by the time
 * @param unacknowledged  {@code total - acknowledged}
 * @param ackRate         acknowledged / total to three decimals, null when the set is empty
 * @param overdueNow      unacknowledged as of the time and past their deadline
 * @param escalated       escalated (overdue orders reported upwards)
 * @param byKindAndAction {@code total} by kind (INDUSTRIAL, VEHICLE, …), then action (START, END, …)
 */
public record OrderCounts(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the brief only: orders issued in the 24 hours to its time (= total)") Long issuedLast24h,
        long total, long acknowledged, long unacknowledged, Double ackRate, long overdueNow, long escalated,
        Map<String, Map<String, Long>> byKindAndAction) {

    /** No orders. */
    public static final OrderCounts NONE = of(List.of());

    /** Orders of one kind and action, counted. */
    public record Group(String kind, String action, long total, long acknowledged, long escalated, long overdue) {
    }

    /** Acknowledged / issued to three decimals, null when nothing was issued. */
    public static Double ackRate(long issued, long acknowledged) {
        return issued == 0 ? null : Math.round(1000.0 * acknowledged / issued) / 1000.0;
    }

    /** The counts of these groups (kinds and actions in alphabetical order). */
    public static OrderCounts of(List<Group> groups) {
        long total = 0;
        long acked = 0;
        long escalated = 0;
        long overdue = 0;
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        for (Group g : groups) {
            total += g.total();
            acked += g.acknowledged();
            escalated += g.escalated();
            overdue += g.overdue();
            byKind.computeIfAbsent(g.kind(), k -> new TreeMap<>()).merge(g.action(), g.total(), Long::sum);
        }
        return new OrderCounts(null, total, acked, total - acked, ackRate(total, acked), overdue, escalated, byKind);
    }

    /** The same counts, marked as the orders issued in the 24 hours to the time. */
    public OrderCounts issuedInDay() {
        return new OrderCounts(total, total, acknowledged, unacknowledged, ackRate, overdueNow, escalated, byKindAndAction);
    }

    /** Both sets together: counts added, the rate recomputed from the sums (not averaged), the marks kept when both have them. */
    public OrderCounts plus(OrderCounts other) {
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        for (OrderCounts c : List.of(this, other)) {
            c.byKindAndAction.forEach((kind, actions) -> actions.forEach((action, n) ->
                    byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(action, n, Long::sum)));
        }
        long sum = total + other.total;
        long acked = acknowledged + other.acknowledged;
        Long inDay = issuedLast24h != null && other.issuedLast24h != null ? issuedLast24h + other.issuedLast24h : null;
        return new OrderCounts(inDay, sum, acked, sum - acked, ackRate(sum, acked), overdueNow + other.overdueNow,
                escalated + other.escalated, byKind);
    }
}
