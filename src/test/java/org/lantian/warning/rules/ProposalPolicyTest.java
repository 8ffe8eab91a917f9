package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a new evaluation becomes a proposal (national-2019, decided at hour 0): raise at once,
 * lower only after 36 h below the current level's start criteria, never repeat the current
 * level or the open proposal, and keep the higher proposal while the same direction wavers.
 */
class ProposalPolicyTest {

    private static final RuleSet NATIONAL = RuleSets.bundled().byId("national-2019");
    private final ProposalPolicy policy = new ProposalPolicy();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                           | current | open   | forecast              | proposal
        a first yellow is issued                         | NONE    | -      | 24h:210               | ISSUE YELLOW
        an upgrade is proposed at once                   | YELLOW  | -      | 48h:210               | UPGRADE ORANGE
        the current level is never proposed              | ORANGE  | -      | 48h:210               | -
        the open proposal is not proposed again          | YELLOW  | ORANGE | 48h:210               | -
        a higher level supersedes an open upgrade        | YELLOW  | ORANGE | 24h:250 24h:320 24h:250 | UPGRADE RED
        a lower upgrade does not replace a higher one    | NONE    | ORANGE | 24h:210               | -
        a downgrade after 36 h at or below 150           | ORANGE  | -      | 36h:150 24h:210       | DOWNGRADE YELLOW
        no downgrade after only 35 h below               | ORANGE  | -      | 35h:150 25h:210       | -
        no downgrade while above the release threshold   | YELLOW  | -      | 24h:160 24h:120       | -
        a lift after 36 h below                          | ORANGE  | -      | 48h:100               | LIFT NONE
        a lift is not proposed twice                     | ORANGE  | NONE   | 48h:100               | -
        red releases at 200, so 190 may downgrade it     | RED     | -      | 48h:190               | DOWNGRADE YELLOW
        a gap in the forecast blocks a lift              | YELLOW  | -      | 24h:100 gap:1h 24h:100 | -
        a new upgrade supersedes an open lift            | YELLOW  | NONE   | 48h:210               | UPGRADE ORANGE
        a lift supersedes an open upgrade                | YELLOW  | ORANGE | 48h:100               | LIFT NONE
        a cautious downgrade supersedes an open lift     | ORANGE  | NONE   | 36h:140 24h:210       | DOWNGRADE YELLOW
        a deeper downgrade waits for the open one        | ORANGE  | YELLOW | 48h:100               | -
        an open proposal at the current level is moot    | YELLOW  | YELLOW | 48h:210               | UPGRADE ORANGE
        """)
    void decides(String name, WarningLevel current, WarningLevel open, String forecast, String expected) {
        List<Period> periods = Forecasts.parse(forecast);
        Evaluation evaluation = WarningEvaluator.evaluate(NATIONAL, periods);

        Optional<ProposalDecision> decision =
                policy.decide(NATIONAL, current, Optional.ofNullable(open), evaluation, periods, Forecasts.T0);

        assertThat(decision.map(d -> d.kind() + " " + d.level()).orElse(null)).isEqualTo(expected);
    }

    @Test
    void anUpgradeCarriesTheEvaluationReasons() {
        List<Period> periods = Forecasts.parse("48h:210");
        Evaluation evaluation = WarningEvaluator.evaluate(NATIONAL, periods);

        ProposalDecision decision = policy.decide(NATIONAL, WarningLevel.YELLOW, Optional.empty(), evaluation,
                periods, Forecasts.T0).orElseThrow();

        assertThat(decision.reasons()).isEqualTo(evaluation.reasons());
    }

    @Test
    void aDowngradeExplainsTheQuietWindowFirst() {
        List<Period> periods = Forecasts.parse("36h:150 24h:210");
        Evaluation evaluation = WarningEvaluator.evaluate(NATIONAL, periods);

        ProposalDecision decision = policy.decide(NATIONAL, WarningLevel.ORANGE, Optional.empty(), evaluation,
                periods, Forecasts.T0).orElseThrow();

        assertThat(Forecasts.summary(decision.reasons()))
                .isEqualTo("AQI ≤ 150 for ≥ 36 h: 0-36h max 150; AQI > 200 for ≥ 24 h: 36-60h max 210");
        assertThat(decision.reasons().get(0).level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(decision.reasons().get(1).level()).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void refusesAnEvaluationMadeWithAnotherRuleSet() {
        List<Period> periods = Forecasts.parse("48h:210");
        Evaluation shanxi = WarningEvaluator.evaluate(RuleSets.bundled().byId("shanxi-2017"), periods);

        assertThatThrownBy(() -> policy.decide(NATIONAL, WarningLevel.NONE, Optional.empty(), shanxi, periods,
                Forecasts.T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shanxi-2017");
    }
}
