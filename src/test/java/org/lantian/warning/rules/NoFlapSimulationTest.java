package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Five days of forecasts issued every 6 h (72 h hourly each) whose episode hours alternate
 * between 205 and 195 from one issue to the next, with a 30 h lull that is too short to lift.
 * Fed to {@link ProposalPolicy} with the state updated as an officer would (accepting each
 * proposal at once or after a few more forecasts), there is one proposal per real change —
 * start of the episode, end of the episode — although the raw evaluation flips many times.
 */
class NoFlapSimulationTest {

    private static final RuleSet NATIONAL = RuleSets.bundled().byId("national-2019");
    private static final int ISSUES = 20;
    private static final int STEP_HOURS = 6;
    private static final int HORIZON_HOURS = 72;

    /** The weather: 200 means "on the edge", forecast as 205 or 195 depending on the issue. */
    private static int truth(int hour) {
        if (hour < 60) {
            return 200;
        }
        if (hour < 90) {
            return 145;     // 30 h lull: below 150, but shorter than the 36 h hold
        }
        if (hour < 108) {
            return 200;     // a short second bump
        }
        return 120;         // clean from hour 108 on
    }

    private static List<Period> forecastIssuedAt(int issue) {
        int start = issue * STEP_HOURS;
        List<Period> periods = new ArrayList<>();
        for (int h = start; h < start + HORIZON_HOURS; h++) {
            int aqi = truth(h) == 200 ? (issue % 2 == 0 ? 205 : 195) : truth(h);
            periods.add(new Period(Forecasts.at(h), Forecasts.at(h + 1), aqi, "PM2.5"));
        }
        return periods;
    }

    @ParameterizedTest(name = "officer accepts after {0} further forecasts")
    @ValueSource(ints = {0, 1, 3})
    void proposesOncePerRealChange(int officerDelay) {
        ProposalPolicy policy = new ProposalPolicy();
        WarningLevel current = WarningLevel.NONE;
        Optional<WarningLevel> open = Optional.empty();
        int acceptAt = -1;
        List<String> proposals = new ArrayList<>();
        List<WarningLevel> raw = new ArrayList<>();

        for (int issue = 0; issue < ISSUES; issue++) {
            List<Period> forecast = forecastIssuedAt(issue);
            Instant now = Forecasts.at(issue * STEP_HOURS);
            Evaluation evaluation = WarningEvaluator.evaluate(NATIONAL, forecast);
            raw.add(evaluation.level());

            Optional<ProposalDecision> decision = policy.decide(NATIONAL, current, open, evaluation, forecast, now);
            if (decision.isPresent()) {
                ProposalDecision d = decision.get();
                proposals.add("h" + issue * STEP_HOURS + " " + d.kind() + " " + d.level());
                if (d.level().isLowerThan(current)) {
                    assertStaysBelow(forecast, now, Hysteresis.releaseThreshold(NATIONAL, current));
                }
                open = Optional.of(d.level());
                acceptAt = issue + officerDelay;
            }
            if (open.isPresent() && issue >= acceptAt) {
                current = open.get();
                open = Optional.empty();
            }
        }

        assertThat(changes(raw)).as("the raw evaluation flaps: " + raw).isGreaterThanOrEqualTo(6);
        assertThat(proposals).containsExactly("h0 ISSUE ORANGE", "h108 LIFT NONE");
    }

    @Test
    void aPolicyWithoutHysteresisWouldFlap() {
        WarningLevel current = WarningLevel.NONE;
        int proposals = 0;
        for (int issue = 0; issue < ISSUES; issue++) {
            WarningLevel level = WarningEvaluator.evaluate(NATIONAL, forecastIssuedAt(issue)).level();
            if (level != current) {
                proposals++;
                current = level;
            }
        }
        assertThat(proposals).isGreaterThan(2 * 3);
    }

    /** The downgrade rule itself: the forecast in hand shows ≥ 36 h at or below the threshold. */
    private static void assertStaysBelow(List<Period> forecast, Instant now, int threshold) {
        Instant end = now.plus(Duration.ofHours(36));
        assertThat(forecast).filteredOn(p -> p.from().isBefore(end) && p.to().isAfter(now))
                .hasSizeGreaterThanOrEqualTo(36)
                .allSatisfy(p -> assertThat(p.aqi()).isLessThanOrEqualTo(threshold));
        int start = (int) Duration.between(Forecasts.T0, now).toHours();
        for (int h = start; h < start + 36; h++) {
            assertThat(truth(h)).isLessThanOrEqualTo(threshold);
        }
    }

    private static long changes(List<WarningLevel> levels) {
        long changes = 0;
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) != levels.get(i - 1)) {
                changes++;
            }
        }
        return changes;
    }
}
