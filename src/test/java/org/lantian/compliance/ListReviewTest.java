package org.lantian.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantian.compliance.ListReview.EnterpriseReview;
import org.lantian.compliance.ListReview.HourRow;
import org.lantian.compliance.ListReview.Listed;
import org.lantian.compliance.ListReview.Review;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.reduction.list.Emissions;
import org.lantian.reduction.list.Level;

/**
 * The list execution review's arithmetic, worked by hand. Figures are chosen so that annual / 8760 is round:
 * A emits 876 / 1752 / 87.6 / 0 t/yr (SO2 / NOx / PM / VOCs) = 0.1 / 0.2 / 0.01 / 0 t per hour at baseline,
 * promises 438 / 876 / 43.8 / 0 t/yr at RED = 0.05 / 0.1 / 0.005 / 0 t per hour;
 * C emits 8760 t/yr of each = 1 t/h, promises 876 t/yr (0.1 t/h) at YELLOW and 4380 t/yr (0.5 t/h) at RED.
 */
class ListReviewTest {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-01T00:00:00+08:00");
    static final double EPS = 1e-12;

    static OffsetDateTime h(int hours) {
        return T0.plusHours(hours);
    }

    static HourRow row(String directive, Rule rule, String meter, int hour, Verdict verdict, Double value, Double baseline) {
        return new HourRow(directive, rule, meter, h(hour), verdict, value, baseline);
    }

    static Review review() {
        List<OrderPeriod> orders = List.of(
                new OrderPeriod("d-A", "A", "141021", "w", "RED", T0, null, List.of()),
                new OrderPeriod("d-B", "B", "141022", "w", "RED", T0, null, List.of()),
                // C: yellow until T0+5h, then red
                new OrderPeriod("d-C1", "C", "141021", "w", "YELLOW", T0, h(5), List.of()),
                new OrderPeriod("d-C2", "C", "141021", "w", "RED", h(5), null, List.of()));
        Map<String, Listed> listed = Map.of(
                "A", new Listed("A Co", "141021", 2, new Emissions(876, 1752, 87.6, 0),
                        Map.of(Level.RED, new Emissions(438, 876, 43.8, 0))),
                "B", new Listed("B Co", "141022", 1, new Emissions(100, 100, 100, 100),
                        Map.of(Level.RED, new Emissions(50, 50, 50, 50))),
                "C", new Listed("C Co", "141021", 3, new Emissions(8760, 8760, 8760, 8760),
                        Map.of(Level.YELLOW, new Emissions(876, 876, 876, 876), Level.RED, new Emissions(4380, 4380, 4380, 4380))));
        List<HourRow> rows = List.of(
                // A, two lines of two: each line meter covers 1/2 of the site
                row("d-A", Rule.STOP, "line-1", 0, Verdict.VIOLATION, 1000.0, 1000.0),   // starts before T0: out
                row("d-A", Rule.STOP, "line-1", 3, Verdict.COMPLIANT, 100.0, 1000.0),    // cut 0.9 × 1/2 = 0.45
                row("d-A", Rule.STOP, "line-2", 3, Verdict.COMPLIANT, 0.0, 800.0),       // cut 1.0 × 1/2 = 0.5
                row("d-A", Rule.STOP, "line-1", 4, Verdict.VIOLATION, 500.0, 1000.0),    // cut 0.5 × 1/2 = 0.25
                row("d-A", Rule.STOP, "line-2", 4, Verdict.COMPLIANT, 100.0, 1000.0),    // cut 0.9 × 1/2 = 0.45; hour is a VIOLATION
                row("d-A", Rule.STOP, "line-1", 5, Verdict.VIOLATION, 1200.0, 1000.0),   // above baseline: cut 0, not negative
                row("d-A", Rule.STOP, "line-1", 6, Verdict.NO_BASELINE, 300.0, null),    // not measured: counted, no cut, no promise
                row("d-A", Rule.MONITORING_GAP, "line-1", 7, Verdict.VIOLATION, 200.0, null), // not a STOP/LIMIT rule: ignored
                row("d-A", Rule.STOP, "line-1", 11, Verdict.COMPLIANT, 0.0, 1000.0),     // ends after the episode (T0+10h): out
                // C on main: the whole site
                row("d-C1", Rule.LIMIT, "main", 4, Verdict.COMPLIANT, 400.0, 1000.0),    // yellow: cut 0.6
                row("d-C1", Rule.LIMIT, "main", 6, Verdict.VIOLATION, 1000.0, 1000.0),   // ends after the yellow order: out
                row("d-C2", Rule.STOP, "main", 6, Verdict.COMPLIANT, 0.0, 1000.0));      // red: cut 1.0
        return ListReview.review("w", "141000", "RED", T0, h(10), false, orders, listed, rows);
    }

    @Test
    void anEnterpriseCutIsTheSharesBelowBaselineTimesCoverageTimesAnnualPerHour() {
        EnterpriseReview a = enterprise("A");
        // Σ share × coverage = (0.45 + 0.5) + (0.25 + 0.45) + 0 = 1.65
        // achieved = 1.65 × (0.1, 0.2, 0.01, 0) t/h = 0.165, 0.33, 0.0165, 0
        assertThat(a.achieved().so2()).isCloseTo(0.165, within(EPS));
        assertThat(a.achieved().nox()).isCloseTo(0.33, within(EPS));
        assertThat(a.achieved().pm()).isCloseTo(0.0165, within(EPS));
        assertThat(a.achieved().vocs()).isZero();
        // hours T0+3h, +4h, +5h, +6h: 1 compliant, 2 violations (+4h: one meter violated), 1 without baseline; 3 measured
        assertThat(a.hours()).isEqualTo(new ListReview.Hours(4, 1, 2, 1, 3));
        // promised over the 3 measured hours: 3 × (0.05, 0.1, 0.005, 0) = 0.15, 0.3, 0.015, 0
        assertThat(a.promised().so2()).isCloseTo(0.15, within(EPS));
        assertThat(a.promised().nox()).isCloseTo(0.3, within(EPS));
        assertThat(a.promised().pm()).isCloseTo(0.015, within(EPS));
        assertThat(a.promised().vocs()).isZero();
        // ratio 0.165 / 0.15 = 1.1 for each; VOCs: nothing promised, no ratio
        assertThat(a.ratio().so2()).isCloseTo(1.1, within(1e-9));
        assertThat(a.ratio().nox()).isCloseTo(1.1, within(1e-9));
        assertThat(a.ratio().pm()).isCloseTo(1.1, within(1e-9));
        assertThat(a.ratio().vocs()).isNull();
        assertThat(a.levels()).containsExactly("RED");
        assertThat(a.lines()).isEqualTo(2);
    }

    @Test
    void eachHourIsPromisedTheCutOfTheOrderItWasCheckedUnder() {
        EnterpriseReview c = enterprise("C");
        // main covers the whole site: 0.6 (yellow hour) + 1.0 (red hour) = 1.6 × 1 t/h
        assertThat(c.achieved().so2()).isCloseTo(1.6, within(EPS));
        assertThat(c.achieved().vocs()).isCloseTo(1.6, within(EPS));
        // promised 0.1 (yellow hour) + 0.5 (red hour) = 0.6; ratio 1.6 / 0.6 = 2.666…
        assertThat(c.promised().pm()).isCloseTo(0.6, within(EPS));
        assertThat(c.ratio().nox()).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(c.hours()).isEqualTo(new ListReview.Hours(2, 2, 0, 0, 2));
        assertThat(c.levels()).containsExactly("YELLOW", "RED");
        assertThat(c.directiveIds()).containsExactly("d-C1", "d-C2");
    }

    @Test
    void anOrderWithoutElectricityVerdictsIsNotMeasuredRatherThanZero() {
        EnterpriseReview b = enterprise("B");
        assertThat(b.achieved()).isNull();
        assertThat(b.promised()).isEqualTo(ListReview.Tonnes.ZERO);
        assertThat(b.hours()).isEqualTo(ListReview.Hours.NONE);
        assertThat(b.ratio().so2()).isNull();
    }

    @Test
    void countiesAndTheCitySumTheirEnterprises() {
        Review r = review();
        assertThat(r.counties()).extracting(ListReview.CountyReview::countyCode).containsExactly("141021", "141022");
        ListReview.CountyReview quwo = r.counties().get(0);
        // A + C: achieved 0.165 + 1.6 = 1.765 SO2; promised 0.15 + 0.6 = 0.75; ratio 2.3533…
        assertThat(quwo.achieved().so2()).isCloseTo(1.765, within(EPS));
        assertThat(quwo.promised().so2()).isCloseTo(0.75, within(EPS));
        assertThat(quwo.ratio().so2()).isCloseTo(1.765 / 0.75, within(1e-9));
        assertThat(quwo.hours()).isEqualTo(new ListReview.Hours(6, 3, 2, 1, 5));
        assertThat(quwo.enterprises()).isEqualTo(2);
        assertThat(quwo.measuredEnterprises()).isEqualTo(2);
        ListReview.CountyReview other = r.counties().get(1);
        assertThat(other.achieved()).isNull();
        assertThat(other.measuredEnterprises()).isZero();
        assertThat(r.total().countyCode()).isNull();
        assertThat(r.total().achieved().nox()).isCloseTo(0.33 + 1.6, within(EPS));
        assertThat(r.total().promised().nox()).isCloseTo(0.3 + 0.6, within(EPS));
        assertThat(r.total().enterprises()).isEqualTo(3);
        assertThat(r.total().measuredEnterprises()).isEqualTo(2);
    }

    @Test
    void theCsvHasOneRowPerEnterpriseWithEmptyCellsForNotMeasured() {
        String[] lines = ListReview.csv(review()).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(String.join(",", ListReview.CSV_COLUMNS));
        assertThat(lines[1]).startsWith("w,141021,A,A Co,RED,2,4,1,2,1,3,0.165000,0.330000,0.016500,0.000000,"
                + "0.150000,0.300000,0.015000,0.000000,1.1000,1.1000,1.1000,");
        assertThat(lines[3]).startsWith("w,141022,B,B Co,RED,1,0,0,0,0,0,,,,,0.000000,");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() {
        Review r = ListReview.review("w", "141000", "RED", T0, h(10), false,
                List.of(new OrderPeriod("d-A", "A", "141021", "w", "RED", T0, null, List.of())),
                Map.of("A", new Listed("=HYPERLINK(\"x\")", "141021", 1, new Emissions(1, 1, 1, 1), Map.of())), List.of());
        assertThat(ListReview.csv(r).split("\n")[1]).startsWith("w,141021,A,\"'=HYPERLINK(\"\"x\"\")\",");
    }

    private static EnterpriseReview enterprise(String id) {
        return review().enterprises().stream().filter(e -> e.enterpriseId().equals(id)).findFirst().orElseThrow();
    }
}
