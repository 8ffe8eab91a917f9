package org.lantian.compliance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.monitoring.TelemetryQueries.GatePassage;

/**
 * The rules applied to one order's hours: pure, so that the same telemetry always gives the same verdicts
 * (late and replayed data included). An hour is checked when it starts at least the grace period after the
 * order took effect and ends before the order ended.
 */
public final class OrderChecks {

    static final Map<String, Rule> STACK_KINDS = Map.of("STACK_SO2", Rule.STACK_SO2, "STACK_NOX", Rule.STACK_NOX,
            "STACK_PM", Rule.STACK_PM, "NH3_SLIP", Rule.NH3_SLIP);
    static final Set<String> CHINA_IV_OR_OLDER = Set.of("CHINA_I", "CHINA_II", "CHINA_III", "CHINA_IV");

    private final CheckLimits limits;

    public OrderChecks(CheckLimits limits) {
        this.limits = limits;
    }

    public boolean checked(OrderPeriod order, OffsetDateTime hour) {
        OffsetDateTime start = hour.minusHours(1);
        return !start.isBefore(order.effectiveFrom().plus(limits.grace())) && (order.endsAt() == null || !hour.isAfter(order.endsAt()));
    }

    /**
     * @param data     hourly means covering the hours
     * @param history  hourly means of the baseline days before the order
     * @param passages gate passages covering the hours
     */
    public List<HourVerdict> verdicts(OrderPeriod order, EnterpriseFacts facts, Set<OffsetDateTime> hours, MeterData data,
                                      MeterData history, List<GatePassage> passages) {
        Set<String> metered = new java.util.HashSet<>(history.meters(MeterData.ELECTRICITY));
        metered.addAll(data.meters(MeterData.ELECTRICITY));
        List<ElectricityPlan.MeterCheck> electric = ElectricityPlan.checks(order, facts.lines(), metered, limits);
        Set<String> banned = bannedStandards(order);
        List<HourVerdict> out = new ArrayList<>();
        for (OffsetDateTime hour : new java.util.TreeSet<>(hours)) {
            if (!checked(order, hour)) {
                continue;
            }
            for (ElectricityPlan.MeterCheck check : electric) {
                electricity(order, check, hour, data, history).ifPresent(out::add);
                if (data.reported(check.meter(), hour)) {
                    out.add(new HourVerdict(order.directiveId(), Rule.MONITORING_GAP, check.meter(), hour, Verdict.COMPLIANT, 0.0, null,
                            null, null));
                }
            }
            for (MeterData.Series s : data.series()) {
                Rule rule = STACK_KINDS.get(s.kind());
                if (rule == null) {
                    continue;
                }
                Double limit = rule == Rule.NH3_SLIP ? facts.nh3SlipLimit() : facts.permits().get(rule);
                if (limit == null) {
                    continue;
                }
                data.mean(s.meter(), s.kind(), hour).ifPresent(mean -> out.add(new HourVerdict(order.directiveId(), rule, s.meter(), hour,
                        mean > limit ? Verdict.VIOLATION : Verdict.COMPLIANT, mean, null, limit, null)));
            }
            if (!banned.isEmpty()) {
                out.addAll(trucks(order, hour, banned, passages));
            }
        }
        return out;
    }

    private Optional<HourVerdict> electricity(OrderPeriod order, ElectricityPlan.MeterCheck check, OffsetDateTime hour, MeterData data,
                                              MeterData history) {
        Optional<Double> mean = data.mean(check.meter(), MeterData.ELECTRICITY, hour);
        if (mean.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> baseline = Baseline.of(history, check.meter(), MeterData.ELECTRICITY, hour, order.effectiveFrom(), limits);
        if (baseline.isEmpty()) {
            return Optional.of(new HourVerdict(order.directiveId(), check.rule(), check.meter(), hour, Verdict.NO_BASELINE, mean.get(),
                    null, null, "fewer than " + limits.baselineMinDays() + " of the " + limits.baselineDays()
                            + " days before the order have this hour"));
        }
        double threshold = check.share() * baseline.get();
        boolean broken = check.rule() == Rule.STOP ? mean.get() >= threshold : mean.get() > threshold;
        return Optional.of(new HourVerdict(order.directiveId(), check.rule(), check.meter(), hour,
                broken ? Verdict.VIOLATION : Verdict.COMPLIANT, mean.get(), baseline.get(), threshold, null));
    }

    private List<HourVerdict> trucks(OrderPeriod order, OffsetDateTime hour, Set<String> banned, List<GatePassage> passages) {
        Map<String, List<GatePassage>> byGate = new TreeMap<>();
        for (GatePassage p : passages) {
            if (p.at().isAfter(hour.minusHours(1)) && !p.at().isAfter(hour)) {
                byGate.computeIfAbsent(p.meter(), g -> new ArrayList<>()).add(p);
            }
        }
        List<HourVerdict> out = new ArrayList<>();
        byGate.forEach((gate, list) -> {
            List<GatePassage> bad = list.stream().filter(p -> banned.contains(p.emissionStandard())).toList();
            String note = bad.isEmpty() ? null : String.join(", ", bad.stream()
                    .map(p -> p.plate() + " (" + p.emissionStandard() + ", " + p.at() + ")").toList());
            out.add(new HourVerdict(order.directiveId(), Rule.TRUCK_BAN, gate, hour, bad.isEmpty() ? Verdict.COMPLIANT : Verdict.VIOLATION,
                    (double) bad.size(), null, 0.0, note));
        });
        return out;
    }

    /** The emission standards an order keeps off the road: China IV or older, or every truck but electric ones. */
    static Set<String> bannedStandards(OrderPeriod order) {
        Set<String> banned = new java.util.TreeSet<>();
        order.measures().forEach(m -> {
            if ("NO_CHINA_IV_OR_OLDER_TRUCKS".equals(m.action())) {
                banned.addAll(CHINA_IV_OR_OLDER);
            } else if ("NO_ROAD_TRANSPORT".equals(m.action())) {
                banned.addAll(CHINA_IV_OR_OLDER);
                banned.addAll(Set.of("CHINA_V", "CHINA_VI", "UNKNOWN"));
            }
        });
        return banned;
    }

    /** The electricity meters an order depends on (for the monitoring-gap rule). */
    public List<String> dependedMeters(OrderPeriod order, EnterpriseFacts facts, Set<String> metered) {
        return ElectricityPlan.checks(order, facts.lines(), metered, limits).stream().map(ElectricityPlan.MeterCheck::meter).toList();
    }

    /** Minutes between two instants, for the monitoring-gap verdict's value. */
    static double minutes(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).toSeconds() / 60.0;
    }
}
