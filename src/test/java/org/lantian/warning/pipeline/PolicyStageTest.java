package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.WarningEvaluator;
import org.lantian.warning.rules.WarningLevel;

/** The policy stage (hold 36 h): what it lets through, and the reason whenever it stops a proposal. */
class PolicyStageTest {

    private final PolicyStage stage = new PolicyStage(Fixtures.HOLD);

    private static Candidate forecast(RegionState state, List<Period> periods) {
        return Fixtures.judged(Fixtures.forecastCandidate(periods), WarningEvaluator.evaluate(Fixtures.NATIONAL, periods), state);
    }

    private static Candidate observed(RegionState state, WarningLevel level) {
        Evaluation e = Fixtures.given(level);
        return Fixtures.judged(Candidate.evaluated(Fixtures.REGION, Fixtures.NATIONAL, e, Trigger.observed("observed"), Fixtures.NOW),
                e, state);
    }

    private static ProposalDecision proposed(Outcome outcome) {
        return ((Outcome.Next) outcome).candidate().decision();
    }

    @Test
    void aRaiseIsProposedAtOnceWithTheEvaluationsReasons() {
        Candidate c = forecast(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE), Fixtures.forecast(48, 210));

        ProposalDecision d = proposed(stage.decide(c));

        assertThat(d.kind()).isEqualTo(ProposalKind.ISSUE);
        assertThat(d.level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(d.reasons()).isEqualTo(c.floored().reasons());
    }

    @Test
    void theCurrentLevelIsNotProposedAgain() {
        Candidate c = forecast(Fixtures.state(WarningLevel.ORANGE, WarningLevel.NONE), Fixtures.forecast(48, 210));

        assertThat(stage.decide(c)).isEqualTo(new Outcome.Suppressed("policy", "the region is at ORANGE already"));
    }

    @Test
    void theOpenProposalIsNotProposedAgain() {
        Candidate c = forecast(Fixtures.state(WarningLevel.YELLOW, WarningLevel.NONE, "P-141025-1-ORANGE", WarningLevel.ORANGE),
                Fixtures.forecast(48, 210));

        assertThat(stage.decide(c)).isEqualTo(new Outcome.Suppressed("policy", "the open proposal already proposes ORANGE"));
    }

    @Test
    void aLowerRaiseDoesNotReplaceAHigherOpenOne() {
        // 24 h above 200 then clean: YELLOW, while ORANGE is already proposed
        Candidate c = forecast(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE, "P-141025-1-ORANGE", WarningLevel.ORANGE),
                Fixtures.forecast(24, 210, 24, 80));

        assertThat(stage.decide(c)).isEqualTo(new Outcome.Suppressed("policy",
                "the open ORANGE proposal stands: YELLOW goes the same way from NONE but not as far"));
    }

    @Test
    void aDowngradeBefore36hAtOrBelow150IsTooEarly() {
        // 35 h at 150, then 25 h at 210 (YELLOW): one hour short of the hold
        Candidate c = forecast(Fixtures.state(WarningLevel.ORANGE, WarningLevel.NONE), Fixtures.forecast(35, 150, 25, 210));

        assertThat(stage.decide(c)).isEqualTo(new Outcome.Suppressed("policy", "too early to go from ORANGE to YELLOW: "
                + "the forecast does not stay at AQI ≤ 150 for 36 h from 2020-01-09T16:00:00Z"));
    }

    @Test
    void aDowngradeAfter36hAtOrBelow150IsProposedWithTheQuietWindowFirst() {
        Candidate c = forecast(Fixtures.state(WarningLevel.ORANGE, WarningLevel.NONE), Fixtures.forecast(36, 150, 24, 210));

        ProposalDecision d = proposed(stage.decide(c));

        assertThat(d.kind()).isEqualTo(ProposalKind.DOWNGRADE);
        assertThat(d.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(d.reasons().get(0).condition()).isEqualTo("AQI ≤ 150 for ≥ 36 h");
        assertThat(d.reasons().get(0).run().to()).isEqualTo(Instant.parse("2020-01-11T04:00:00Z"));
    }

    @Test
    void anAfternoonForecastForTomorrowHoldsFromItsFirstPeriod() {
        // decided at 16:00 Linfen time; the forecast starts at the next midnight, 8 h later, and is clean for 48 h
        Instant afternoon = Fixtures.NOW.minusSeconds(8 * 3600);
        List<Period> periods = Fixtures.forecast(48, 100);
        Candidate c = Fixtures.judged(Candidate.forecast(Fixtures.REGION, Fixtures.NATIONAL, periods, Trigger.forecast("forecast"),
                afternoon), WarningEvaluator.evaluate(Fixtures.NATIONAL, periods), Fixtures.state(WarningLevel.ORANGE, WarningLevel.NONE));

        ProposalDecision d = proposed(stage.decide(c));

        assertThat(d.kind()).isEqualTo(ProposalKind.LIFT);
        assertThat(d.reasons().get(0).run().from()).isEqualTo(Instant.parse("2020-01-09T16:00:00Z"));
    }

    @Test
    void observedHoursProposeNothingWhereAWarningIsInForce() {
        // the policy alone would upgrade YELLOW to ORANGE
        Candidate c = observed(Fixtures.state(WarningLevel.YELLOW, WarningLevel.YELLOW), WarningLevel.ORANGE);

        assertThat(stage.decide(c)).isEqualTo(new Outcome.Suppressed("policy",
                "a warning is in force (the region is at YELLOW); observed hours only propose where there is none"));
    }

    @Test
    void observedHoursProposeWhereNoWarningIsInForce() {
        Candidate c = observed(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE), WarningLevel.YELLOW);

        ProposalDecision d = proposed(stage.decide(c));

        assertThat(d.kind()).isEqualTo(ProposalKind.ISSUE);
        assertThat(d.level()).isEqualTo(WarningLevel.YELLOW);
    }
}
