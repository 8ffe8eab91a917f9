package org.lantian.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.directive.OrderPeriods.OrderedMeasure;

/**
 * Which electricity meter checks which stop or limit of an order, and against what share of its baseline.
 * A line's own meter checks it; lines without one are checked together on {@code main}, where each line counts
 * as an equal share of the site (the list gives no better split): the allowed share of main is the mean of the
 * lines' allowed shares. A line with a stop may draw under {@code stopShare}; a line with a limit of N % may
 * draw up to (N + tolerance) %; a line with neither, 100 %.
 */
public final class ElectricityPlan {

    public static final String MAIN = "main";

    /** One meter to check: STOP when every line it covers is stopped, else LIMIT. */
    public record MeterCheck(String meter, Rule rule, double share, List<OrderedMeasure> measures) {
    }

    private ElectricityPlan() {
    }

    /**
     * @param lines          the enterprise's production lines from the list
     * @param meteredLines   the meters that report electricity (before or during the order)
     * @return the checks, and (as meters without data) those the order depends on that never reported
     */
    public static List<MeterCheck> checks(OrderPeriod order, List<String> lines, Set<String> meteredLines, CheckLimits limits) {
        Set<String> all = new LinkedHashSet<>(lines);
        for (OrderedMeasure m : order.measures()) {
            if (m.line() != null && isElectric(m)) {
                all.add(m.line());
            }
        }
        if (all.isEmpty()) {
            all.add(MAIN);
        }
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, Boolean> stopped = new LinkedHashMap<>();
        Map<String, List<OrderedMeasure>> because = new LinkedHashMap<>();
        for (String line : all) {
            double s = 1.0;
            boolean stop = false;
            List<OrderedMeasure> applied = new ArrayList<>();
            for (OrderedMeasure m : order.measures()) {
                if (!isElectric(m) || (m.line() != null && !m.line().equals(line))) {
                    continue;
                }
                double allowed = "STOP".equals(m.action()) ? limits.stopShare()
                        : Math.min(1.0, (m.limitPercent() == null ? 100 : m.limitPercent() + limits.tolerance()) / 100.0);
                if (allowed < s) {
                    s = allowed;
                    stop = "STOP".equals(m.action());
                }
                applied.add(m);
            }
            share.put(line, s);
            stopped.put(line, stop);
            because.put(line, applied);
        }
        List<MeterCheck> checks = new ArrayList<>();
        boolean viaMain = false;
        for (String line : all) {
            if (share.get(line) >= 1.0) {
                continue;
            }
            if (meteredLines.contains(line) && !line.equals(MAIN)) {
                checks.add(new MeterCheck(line, stopped.get(line) ? Rule.STOP : Rule.LIMIT, share.get(line), because.get(line)));
            } else {
                viaMain = true;
            }
        }
        if (viaMain) {
            double mean = share.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
            boolean allStopped = stopped.values().stream().allMatch(Boolean::booleanValue);
            List<OrderedMeasure> measures = because.values().stream().flatMap(List::stream).distinct().toList();
            checks.add(new MeterCheck(MAIN, allStopped ? Rule.STOP : Rule.LIMIT, mean, measures));
        }
        return checks;
    }

    private static boolean isElectric(OrderedMeasure m) {
        return "STOP".equals(m.action()) || "LIMIT".equals(m.action());
    }
}
