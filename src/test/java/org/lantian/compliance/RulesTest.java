package org.lantian.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.directive.OrderPeriods.OrderedMeasure;
import org.lantian.monitoring.TelemetryQueries.GatePassage;
import org.lantian.monitoring.TelemetryQueries.MeterHour;

/** The pure rules, each against figures worked out by hand in the test's comment. */
class RulesTest {

    static final CheckLimits LIMITS = new CheckLimits(0.20, 10, 7, 3, Duration.ofHours(2));
    static final OffsetDateTime E = OffsetDateTime.parse("2026-12-10T00:00:00Z");
    static final OrderChecks CHECKS = new OrderChecks(LIMITS);

    static OrderPeriod order(OrderedMeasure... measures) {
        return new OrderPeriod("D-1", "91141022MA0LD0143H", "141022", "W-1", "RED", E, null, List.of(measures));
    }

    static EnterpriseFacts facts(String... lines) {
        return new EnterpriseFacts("91141022MA0LD0143H", "141022", List.of(lines), Map.of(Rule.STACK_NOX, 100.0), 2.5);
    }

    static MeterData week(String meter, double... perDay) {
        List<MeterHour> hours = new ArrayList<>();
        for (int d = 1; d <= perDay.length; d++) {
            for (int h = 0; h < 24; h++) {
                hours.add(new MeterHour(meter, MeterData.ELECTRICITY, E.minusDays(d).plusHours(h), perDay[d - 1], 1));
            }
        }
        return new MeterData(hours);
    }

    static MeterData hour(String meter, String kind, OffsetDateTime h, double v) {
        return new MeterData(List.of(new MeterHour(meter, kind, h, v, 1)));
    }

    @Test
    void theBaselineIsTheMedianOfTheSameHourOnTheDaysBefore() {
        // 900, 950, 1000, 1000, 1050, 1100, 1200 → median 1000; for 14:00 on the order's second day the sources are the 14:00s before E
        MeterData history = week("kiln-1", 1200, 900, 1000, 1100, 950, 1050, 1000);
        OffsetDateTime h = E.plusDays(1).plusHours(14);
        assertThat(Baseline.sourceHours(h, E, 7)).first().isEqualTo(E.minusDays(1).plusHours(14));
        assertThat(Baseline.of(history, "kiln-1", MeterData.ELECTRICITY, h, E, LIMITS)).contains(1000.0);
    }

    @Test
    void anEvenNumberOfDaysAveragesTheMiddleTwo() {
        // 4 days: 900, 1000, 1100, 1300 → (1000 + 1100) / 2
        assertThat(Baseline.of(week("kiln-1", 900, 1300, 1000, 1100), "kiln-1", MeterData.ELECTRICITY, E.plusHours(5), E, LIMITS))
                .contains(1050.0);
    }

    @Test
    void fewerThanTheMinimumDaysIsNoBaseline() {
        assertThat(Baseline.of(week("kiln-1", 900, 1300), "kiln-1", MeterData.ELECTRICITY, E.plusHours(5), E, LIMITS)).isEmpty();
    }

    @Test
    void aStopOnALineWithItsOwnMeterIsCheckedThereAtTheStopShare() {
        var checks = ElectricityPlan.checks(order(new OrderedMeasure("kiln-1", "STOP", null)), List.of("kiln-1", "kiln-2"),
                Set.of("kiln-1", "kiln-2"), LIMITS);
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.meter()).isEqualTo("kiln-1");
            assertThat(c.rule()).isEqualTo(Rule.STOP);
            assertThat(c.share()).isEqualTo(0.20);
        });
    }

    @Test
    void aLimitAllowsItsPercentPlusTheTolerance() {
        var checks = ElectricityPlan.checks(order(new OrderedMeasure("line-1", "LIMIT", 75.0)), List.of("line-1"), Set.of("line-1"), LIMITS);
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.LIMIT);
            assertThat(c.share()).isEqualTo(0.85);
        });
    }

    @Test
    void linesWithoutTheirOwnMeterAreCheckedOnMainAsEqualShares() {
        // three lines, one stopped (0.20), one limited to 50 % (0.60), one untouched (1.0): main may draw (0.2 + 0.6 + 1.0) / 3 = 0.6
        var checks = ElectricityPlan.checks(order(new OrderedMeasure("a", "STOP", null), new OrderedMeasure("b", "LIMIT", 50.0)),
                List.of("a", "b", "c"), Set.of("main"), LIMITS);
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.meter()).isEqualTo("main");
            assertThat(c.rule()).isEqualTo(Rule.LIMIT);
            assertThat(c.share()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void aWholeSiteStopOnMainIsAStop() {
        var checks = ElectricityPlan.checks(order(new OrderedMeasure(null, "STOP", null)), List.of("a", "b"), Set.of("main"), LIMITS);
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.STOP);
            assertThat(c.share()).isEqualTo(0.20);
        });
    }

    @Test
    void aStopIsBrokenAtTheStopShareItselfAndKeptJustBelow() {
        OrderPeriod o = order(new OrderedMeasure("kiln-1", "STOP", null));
        MeterData history = week("kiln-1", 1000, 1000, 1000);
        OffsetDateTime h = E.plusHours(3);
        assertThat(CHECKS.verdicts(o, facts("kiln-1"), Set.of(h), hour("kiln-1", MeterData.ELECTRICITY, h, 200), history, List.of()))
                .filteredOn(v -> v.rule() == Rule.STOP).singleElement().extracting(HourVerdict::verdict).isEqualTo(Verdict.VIOLATION);
        assertThat(CHECKS.verdicts(o, facts("kiln-1"), Set.of(h), hour("kiln-1", MeterData.ELECTRICITY, h, 199.9), history, List.of()))
                .filteredOn(v -> v.rule() == Rule.STOP).singleElement().extracting(HourVerdict::verdict).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void hoursWithinTheGraceAreNotChecked() {
        OrderPeriod o = order(new OrderedMeasure("kiln-1", "STOP", null));
        // the hour ending E+2h starts at E+1h, inside the two hours' grace; the one ending E+3h starts at E+2h
        assertThat(CHECKS.checked(o, E.plusHours(2))).isFalse();
        assertThat(CHECKS.checked(o, E.plusHours(3))).isTrue();
    }

    @Test
    void stackNoxAboveThePermitIsAViolationAndAtItIsNot() {
        OrderPeriod o = order(new OrderedMeasure("kiln-1", "STOP", null));
        OffsetDateTime h = E.plusHours(4);
        assertThat(CHECKS.verdicts(o, facts("kiln-1"), Set.of(h), hour("stack-1", "STACK_NOX", h, 100.5), new MeterData(List.of()), List.of()))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.STACK_NOX);
                    assertThat(v.verdict()).isEqualTo(Verdict.VIOLATION);
                    assertThat(v.threshold()).isEqualTo(100.0);
                });
        assertThat(CHECKS.verdicts(o, facts("kiln-1"), Set.of(h), hour("stack-1", "STACK_NOX", h, 100), new MeterData(List.of()), List.of()))
                .singleElement().extracting(HourVerdict::verdict).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void nh3SlipIsCheckedAgainstTheDenitrationLimit() {
        OrderPeriod o = order(new OrderedMeasure("kiln-1", "STOP", null));
        OffsetDateTime h = E.plusHours(4);
        assertThat(CHECKS.verdicts(o, facts("kiln-1"), Set.of(h), hour("stack-1", "NH3_SLIP", h, 2.6), new MeterData(List.of()), List.of()))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.NH3_SLIP);
                    assertThat(v.verdict()).isEqualTo(Verdict.VIOLATION);
                    assertThat(v.threshold()).isEqualTo(2.5);
                });
    }

    @Test
    void noRoadTransportBansEveryTruckButElectricOnes() {
        OrderPeriod o = order(new OrderedMeasure(null, "NO_ROAD_TRANSPORT", null));
        OffsetDateTime h = E.plusHours(4);
        List<GatePassage> passages = List.of(new GatePassage("gate", h.minusMinutes(10), "晋L1", "CHINA_VI"),
                new GatePassage("gate", h.minusMinutes(5), "晋L2", "ELECTRIC"));
        assertThat(CHECKS.verdicts(o, facts(), Set.of(h), new MeterData(List.of()), new MeterData(List.of()), passages))
                .singleElement().satisfies(v -> {
                    assertThat(v.verdict()).isEqualTo(Verdict.VIOLATION);
                    assertThat(v.value()).isEqualTo(1.0);
                    assertThat(v.note()).contains("晋L1").doesNotContain("晋L2");
                });
    }

    @Test
    void aFindingClosesAtTheFirstCompliantHourAfterTheLastViolation() {
        List<HourVerdict> v = List.of(verdict(3, Verdict.VIOLATION), verdict(4, Verdict.VIOLATION), verdict(5, Verdict.COMPLIANT),
                verdict(6, Verdict.COMPLIANT));
        assertThat(FindingState.of(v, null, 48)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(FindingState.Status.CLOSED);
            assertThat(s.closedAt()).isEqualTo(E.plusHours(5));
            assertThat(s.violatingHours()).isEqualTo(2);
        });
    }

    @Test
    void aViolationAfterRecoveryOpensItAgain() {
        List<HourVerdict> v = List.of(verdict(3, Verdict.VIOLATION), verdict(4, Verdict.COMPLIANT), verdict(5, Verdict.VIOLATION));
        assertThat(FindingState.of(v, null, 48)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(FindingState.Status.OPEN);
            assertThat(s.firstHour()).isEqualTo(E.plusHours(3));
            assertThat(s.lastViolation()).isEqualTo(E.plusHours(5));
        });
    }

    @Test
    void theEndOfTheOrderClosesWhatIsOpen() {
        OffsetDateTime ended = E.plusHours(10);
        assertThat(FindingState.of(List.of(verdict(3, Verdict.VIOLATION)), ended, 48))
                .hasValueSatisfying(s -> assertThat(s.closedAt()).isEqualTo(ended));
    }

    @Test
    void onlyCompliantHoursMakeNoFinding() {
        assertThat(FindingState.of(List.of(verdict(3, Verdict.COMPLIANT)), null, 48)).isEmpty();
    }

    static HourVerdict verdict(int hour, Verdict v) {
        return new HourVerdict("D-1", Rule.STOP, "kiln-1", E.plusHours(hour), v, 0.0, 1000.0, 200.0, null);
    }
}
