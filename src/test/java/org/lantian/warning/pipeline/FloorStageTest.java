package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.WarningLevel;

/** The floor stage: never below the city's warning and the regional floors. */
class FloorStageTest {

    private final FloorStage stage = new FloorStage();

    private static Candidate merged(WarningLevel evaluated, WarningLevel current, WarningLevel floor) {
        return Fixtures.forecastCandidate(Fixtures.forecast(48, 210))
                .withEvaluation(Fixtures.given(evaluated)).withState(Fixtures.state(current, floor));
    }

    @Test
    void anEvaluationAboveTheFloorIsJudgedAsItIs() {
        Candidate c = merged(WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.YELLOW);

        Outcome outcome = stage.decide(c);

        assertThat(((Outcome.Next) outcome).candidate().floored()).isEqualTo(c.evaluation());
    }

    @Test
    void anEvaluationAtTheFloorIsJudgedAsItIs() {
        Candidate c = merged(WarningLevel.YELLOW, WarningLevel.YELLOW, WarningLevel.YELLOW);

        Outcome outcome = stage.decide(c);

        assertThat(((Outcome.Next) outcome).candidate().floored()).isEqualTo(c.evaluation());
    }

    @Test
    void anEvaluationBelowTheFloorIsRaisedToItKeepingItsReasons() {
        // a county raised to RED under an ORANGE floor, with a forecast for YELLOW: judged at ORANGE
        Candidate c = merged(WarningLevel.YELLOW, WarningLevel.RED, WarningLevel.ORANGE);

        Outcome outcome = stage.decide(c);

        Candidate floored = ((Outcome.Next) outcome).candidate();
        assertThat(floored.floored().level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(floored.floored().reasons()).isEqualTo(c.evaluation().reasons());
        assertThat(floored.floored().cause()).isEqualTo("PM2.5");
        assertThat(floored.floored().mandatory()).isTrue();
        assertThat(floored.evaluation().level()).as("what the rules gave stays for the dry run").isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void aRegionHeldAtItsFloorGetsNoProposalFromALowerEvaluation() {
        // the city's YELLOW holds the county at YELLOW; a clean forecast cannot lift it
        Candidate c = merged(WarningLevel.NONE, WarningLevel.YELLOW, WarningLevel.YELLOW);

        Outcome outcome = stage.decide(c);

        assertThat(outcome).isEqualTo(new Outcome.Suppressed("floor", "the rules give NONE, but the city's warning and the "
                + "regional floors hold the region at YELLOW, where it is already"));
    }

    @Test
    void noFloorLeavesEveryEvaluationAsItIs() {
        Candidate c = merged(WarningLevel.NONE, WarningLevel.ORANGE, WarningLevel.NONE);

        Evaluation floored = ((Outcome.Next) stage.decide(c)).candidate().floored();

        assertThat(floored.level()).isEqualTo(WarningLevel.NONE);
    }
}
