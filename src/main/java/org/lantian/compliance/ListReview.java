package org.lantian.compliance;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.reduction.list.Emissions;
import org.lantian.reduction.list.Level;

/**
 * The list execution review (清单执行情况评估, docs/domain-decisions.md, *List execution review*): per enterprise and
 * county of one episode, the emission cut achieved — estimated from the electricity verdicts of the STOP and LIMIT
 * rules — against the cut the list promised at the order's level over the same hours, and the hours each order was
 * followed or not. Pure: the caller gives the orders, the list's figures and the verdict rows.
 */
public final class ListReview {

    /** Hours in a year: the list's t/yr spread evenly over it. */
    public static final double HOURS_PER_YEAR = 8760;

    private ListReview() {
    }

    /** One STOP or LIMIT verdict row of {@code compliance_hour}: value and baseline in kW (baseline null without one). */
    public record HourRow(String directiveId, Rule rule, String meter, OffsetDateTime hour, Verdict verdict, Double value,
                          Double baseline) {
    }

    /**
     * What the review needs of an enterprise from the list: its name, county, number of production lines, annual
     * emissions (t/yr) and the expected cut (t/yr) at each level.
     */
    public record Listed(String name, String countyCode, int lines, Emissions annual, Map<Level, Emissions> expectedCut) {
    }

    /** Tonnes of the four pollutants. */
    public record Tonnes(double so2, double nox, double pm, double vocs) {

        public static final Tonnes ZERO = new Tonnes(0, 0, 0, 0);

        Tonnes plus(Tonnes o) {
            return new Tonnes(so2 + o.so2, nox + o.nox, pm + o.pm, vocs + o.vocs);
        }

        static Tonnes of(Emissions perYear, double factor) {
            return new Tonnes(perYear.so2() * factor, perYear.nox() * factor, perYear.pm() * factor, perYear.vocs() * factor);
        }
    }

    /** Achieved ÷ promised per pollutant; null where nothing was promised or nothing measured. */
    public record Ratios(Double so2, Double nox, Double pm, Double vocs) {

        static Ratios of(Tonnes achieved, Tonnes promised) {
            if (achieved == null) {
                return new Ratios(null, null, null, null);
            }
            return new Ratios(ratio(achieved.so2(), promised.so2()), ratio(achieved.nox(), promised.nox()),
                    ratio(achieved.pm(), promised.pm()), ratio(achieved.vocs(), promised.vocs()));
        }

        private static Double ratio(double achieved, double promised) {
            return promised > 0 ? achieved / promised : null;
        }
    }

    /**
     * Hours of an enterprise's orders checked by STOP/LIMIT, each counted once: VIOLATION when any meter violated,
     * COMPLIANT when every meter complied, else NO_BASELINE. {@code measured} = compliant + violation: the hours the
     * cuts are summed over.
     */
    public record Hours(int checked, int compliant, int violation, int noBaseline, int measured) {

        public static final Hours NONE = new Hours(0, 0, 0, 0, 0);

        Hours plus(Hours o) {
            return new Hours(checked + o.checked, compliant + o.compliant, violation + o.violation, noBaseline + o.noBaseline,
                    measured + o.measured);
        }
    }

    /**
     * One enterprise of the episode.
     *
     * @param levels   the levels of its orders in the episode, in order
     * @param achieved tonnes cut as measured; null when not measured (no measured hour, or not on the list) — never 0 for that
     * @param promised the list's expected cut at the order's level × measured hours / 8760
     */
    public record EnterpriseReview(String enterpriseId, String name, String countyCode, List<String> levels, List<String> directiveIds,
                                   int lines, Hours hours, Tonnes achieved, Tonnes promised, Ratios ratio) {
    }

    /**
     * Sums over a county's enterprises (or, with {@code countyCode} null, the whole answer: the city total): achieved
     * over the measured enterprises only.
     */
    public record CountyReview(String countyCode, int enterprises, int measuredEnterprises, Hours hours, Tonnes achieved,
                               Tonnes promised, Ratios ratio) {
    }

    /** The review of one episode: [from, to), to = lifted or now. */
    public record Review(String warningId, String regionCode, String level, OffsetDateTime from, OffsetDateTime to, boolean ongoing,
                         List<EnterpriseReview> enterprises, List<CountyReview> counties, CountyReview total) {
    }

    /**
     * Works out the review. Each order is clipped to the episode [{@code from}, {@code to}]; an hour (named by its end)
     * counts when it starts at or after the clipped start and ends at or before the clipped end.
     *
     * @param listed an enterprise's figures from the list, by enterprise id (absent: not on the list, not measured)
     */
    public static Review review(String warningId, String regionCode, String level, OffsetDateTime from, OffsetDateTime to,
                                boolean ongoing, List<OrderPeriod> orders, Map<String, Listed> listed, List<HourRow> rows) {
        Map<String, List<HourRow>> byDirective = new HashMap<>();
        for (HourRow r : rows) {
            if (r.rule() == Rule.STOP || r.rule() == Rule.LIMIT) {
                byDirective.computeIfAbsent(r.directiveId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<OrderPeriod>> byEnterprise = new TreeMap<>();
        for (OrderPeriod o : orders) {
            byEnterprise.computeIfAbsent(o.enterpriseId(), k -> new ArrayList<>()).add(o);
        }
        List<EnterpriseReview> enterprises = new ArrayList<>();
        byEnterprise.forEach((id, periods) -> enterprises.add(enterprise(id, periods, listed.get(id), byDirective, from, to)));
        enterprises.sort(Comparator.comparing((EnterpriseReview e) -> e.countyCode() == null ? "" : e.countyCode())
                .thenComparing(EnterpriseReview::enterpriseId));
        Map<String, List<EnterpriseReview>> byCounty = new TreeMap<>();
        enterprises.forEach(e -> byCounty.computeIfAbsent(e.countyCode() == null ? "" : e.countyCode(), k -> new ArrayList<>()).add(e));
        List<CountyReview> counties = new ArrayList<>();
        byCounty.forEach((county, list) -> counties.add(sum(county.isEmpty() ? null : county, list)));
        return new Review(warningId, regionCode, level, from, to, ongoing, enterprises, counties, sum(null, enterprises));
    }

    static EnterpriseReview enterprise(String enterpriseId, List<OrderPeriod> periods, Listed facts,
                                       Map<String, List<HourRow>> byDirective, OffsetDateTime from, OffsetDateTime to) {
        int lines = facts == null ? 1 : Math.max(1, facts.lines());
        // hour → the level of the order it was checked under, and its rows (every meter)
        Map<OffsetDateTime, String> levelOf = new TreeMap<>();
        Map<OffsetDateTime, List<HourRow>> hours = new TreeMap<>();
        Set<String> levels = new LinkedHashSet<>();
        List<String> directives = new ArrayList<>();
        for (OrderPeriod o : periods) {
            levels.add(o.level());
            directives.add(o.directiveId());
            OffsetDateTime start = o.effectiveFrom().isAfter(from) ? o.effectiveFrom() : from;
            OffsetDateTime end = o.endsAt() == null || o.endsAt().isAfter(to) ? to : o.endsAt();
            for (HourRow r : byDirective.getOrDefault(o.directiveId(), List.of())) {
                if (r.hour().minusHours(1).isBefore(start) || r.hour().isAfter(end)) {
                    continue;
                }
                levelOf.put(r.hour(), o.level());
                hours.computeIfAbsent(r.hour(), k -> new ArrayList<>()).add(r);
            }
        }
        int compliant = 0;
        int violation = 0;
        int noBaseline = 0;
        Tonnes achieved = Tonnes.ZERO;
        Tonnes promised = Tonnes.ZERO;
        for (Map.Entry<OffsetDateTime, List<HourRow>> h : hours.entrySet()) {
            List<HourRow> meters = h.getValue();
            if (meters.stream().anyMatch(r -> r.verdict() == Verdict.VIOLATION)) {
                violation++;
            } else if (meters.stream().allMatch(r -> r.verdict() == Verdict.COMPLIANT)) {
                compliant++;
            } else {
                noBaseline++;
                continue;
            }
            if (facts == null) {
                continue;
            }
            for (HourRow r : meters) {
                if (r.value() == null || r.baseline() == null || r.baseline() <= 0) {
                    continue;
                }
                double share = Math.max(0, 1 - r.value() / r.baseline());
                double coverage = ElectricityPlan.MAIN.equals(r.meter()) ? 1.0 : 1.0 / lines;
                achieved = achieved.plus(Tonnes.of(facts.annual(), share * coverage / HOURS_PER_YEAR));
            }
            Emissions cut = expectedCut(facts, levelOf.get(h.getKey()));
            promised = promised.plus(Tonnes.of(cut, 1 / HOURS_PER_YEAR));
        }
        int measured = compliant + violation;
        Tonnes done = measured == 0 || facts == null ? null : achieved;
        return new EnterpriseReview(enterpriseId, facts == null ? null : facts.name(),
                facts == null ? periods.get(0).regionCode() : facts.countyCode(), List.copyOf(levels), directives, lines,
                new Hours(compliant + violation + noBaseline, compliant, violation, noBaseline, measured), done, promised,
                Ratios.of(done, promised));
    }

    private static Emissions expectedCut(Listed facts, String level) {
        for (Level l : Level.values()) {
            if (l.name().equals(level)) {
                return facts.expectedCut().getOrDefault(l, Emissions.ZERO);
            }
        }
        return Emissions.ZERO;
    }

    static CountyReview sum(String countyCode, List<EnterpriseReview> enterprises) {
        Hours hours = Hours.NONE;
        Tonnes achieved = Tonnes.ZERO;
        Tonnes promised = Tonnes.ZERO;
        int measured = 0;
        for (EnterpriseReview e : enterprises) {
            hours = hours.plus(e.hours());
            promised = promised.plus(e.promised());
            if (e.achieved() != null) {
                achieved = achieved.plus(e.achieved());
                measured++;
            }
        }
        Tonnes done = measured == 0 ? null : achieved;
        return new CountyReview(countyCode, enterprises.size(), measured, hours, done, promised, Ratios.of(done, promised));
    }

    /** Each enterprise's figures from the list. */
    public static Map<String, Listed> listed(List<org.lantian.reduction.list.EnterprisePlan> plans) {
        Map<String, Listed> map = new LinkedHashMap<>();
        for (var p : plans) {
            Map<Level, Emissions> cuts = new java.util.EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                cuts.put(l, p.expectedCut(l));
            }
            map.put(p.enterprise().creditCode(), new Listed(p.enterprise().name(), p.enterprise().countyCode(),
                    p.enterprise().productionLines().size(), p.enterprise().annualEmissions(), cuts));
        }
        return map;
    }

    /** The CSV columns, one row per enterprise (docs/domain-decisions.md, *List execution review*). */
    public static final List<String> CSV_COLUMNS = List.of("warning_id", "county_code", "enterprise_id", "name", "levels",
            "lines", "checked_hours", "compliant_hours", "violation_hours", "no_baseline_hours", "measured_hours",
            "achieved_so2_t", "achieved_nox_t", "achieved_pm_t", "achieved_vocs_t",
            "promised_so2_t", "promised_nox_t", "promised_pm_t", "promised_vocs_t",
            "ratio_so2", "ratio_nox", "ratio_pm", "ratio_vocs");

    /** The review as CSV: a header, then one row per enterprise; empty cells for "not measured" and "nothing promised". */
    public static String csv(Review review) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (EnterpriseReview e : review.enterprises()) {
            List<String> cells = new ArrayList<>(List.of(review.warningId(), nz(e.countyCode()), e.enterpriseId(), nz(e.name()),
                    String.join(";", e.levels()), String.valueOf(e.lines()), String.valueOf(e.hours().checked()),
                    String.valueOf(e.hours().compliant()), String.valueOf(e.hours().violation()),
                    String.valueOf(e.hours().noBaseline()), String.valueOf(e.hours().measured())));
            Tonnes a = e.achieved();
            cells.addAll(a == null ? List.of("", "", "", "") : List.of(t(a.so2()), t(a.nox()), t(a.pm()), t(a.vocs())));
            Tonnes p = e.promised();
            cells.addAll(List.of(t(p.so2()), t(p.nox()), t(p.pm()), t(p.vocs())));
            Ratios r = e.ratio();
            cells.addAll(List.of(r(r.so2()), r(r.nox()), r(r.pm()), r(r.vocs())));
            out.append(String.join(",", cells.stream().map(ListReview::cell).toList())).append('\n');
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Tonnes to 6 decimals (grams). */
    private static String t(double v) {
        return String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    private static String r(Double v) {
        return v == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    private static String cell(String value) {
        // a name an importer wrote as =HYPERLINK(...) must not run as a formula in the spreadsheet that opens the review
        String s = !value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
