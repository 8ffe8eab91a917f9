package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.WarningLevel;

/** The evaluate stage applies the rule set to the forecast and never stops a proposal. */
class EvaluateStageTest {

    private final EvaluateStage stage = new EvaluateStage();

    @Test
    void twoDaysAbove200AreOrange() {
        Outcome outcome = stage.decide(Fixtures.forecastCandidate(Fixtures.forecast(48, 210)));

        Evaluation e = ((Outcome.Next) outcome).candidate().evaluation();
        assertThat(e.level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(e.reasons()).extracting(r -> r.condition()).containsExactly("AQI > 200 for ≥ 48 h");
        assertThat(e.cause()).isEqualTo("PM2.5");
        assertThat(e.mandatory()).isTrue();
    }

    @Test
    void oneDayAbove200IsYellow() {
        Outcome outcome = stage.decide(Fixtures.forecastCandidate(Fixtures.forecast(24, 210, 24, 80)));

        assertThat(((Outcome.Next) outcome).candidate().evaluation().level()).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void aCleanForecastGoesOnAsNoneSinceItMayLiftAWarning() {
        Outcome outcome = stage.decide(Fixtures.forecastCandidate(Fixtures.forecast(48, 80)));

        Evaluation e = ((Outcome.Next) outcome).candidate().evaluation();
        assertThat(e.level()).isEqualTo(WarningLevel.NONE);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void anEvaluationTheTriggerMadeIsKept() {
        Evaluation observed = Fixtures.given(WarningLevel.YELLOW);
        Candidate c = Candidate.evaluated(Fixtures.REGION, Fixtures.NATIONAL, observed, Trigger.observed("observed"), Fixtures.NOW);

        Outcome outcome = stage.decide(c);

        assertThat(((Outcome.Next) outcome).candidate().evaluation()).isSameAs(observed);
    }
}
