package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lantian.warning.pipeline.Candidate;
import org.lantian.warning.pipeline.Outcome;
import org.lantian.warning.pipeline.RegionState;
import org.lantian.warning.pipeline.Stages;
import org.lantian.warning.pipeline.Trigger;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.RuleSets;
import org.lantian.warning.rules.Run;
import org.lantian.warning.rules.WarningLevel;

/** The dry run's answer: what the rules give and the region's state, then either the proposal or the stage that stopped it. */
class DryRunResultTest {

    private static final Instant NOW = Instant.parse("2020-01-09T16:00:00Z");
    private static final Reason ABOVE_200 = new Reason(WarningLevel.YELLOW, "AQI > 200 for ≥ 24 h",
            new Run(NOW, NOW.plusSeconds(24 * 3600), 24, 230), "national-2019");
    private static final Evaluation YELLOW = new Evaluation("national-2019", WarningLevel.YELLOW, List.of(ABOVE_200), "PM2.5", true);

    private static Candidate merged(WarningLevel current, WarningLevel floor, ProposalDecision decision) {
        return new Candidate("141025", RuleSets.bundled().byId("national-2019"), Trigger.dryRun(), NOW, List.of(), YELLOW,
                new RegionState(current, floor, Optional.empty()), YELLOW, decision);
    }

    @Test
    void aSuppressionNamesItsStageAndReason() {
        Outcome.Suppressed stopped = new Outcome.Suppressed("policy", "the region is at YELLOW already");

        DryRunResult r = DryRunResult.of(new Stages.Result(merged(WarningLevel.YELLOW, WarningLevel.YELLOW, null), Optional.of(stopped)));

        assertThat(r.suppressed()).isEqualTo(stopped);
        assertThat(r.wouldPropose()).isNull();
        assertThat(r.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(r.currentLevel()).isEqualTo(WarningLevel.YELLOW);
        assertThat(r.floorLevel()).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void aProposalIsShownWithoutASuppression() {
        ProposalDecision issue = new ProposalDecision(WarningLevel.YELLOW, ProposalKind.ISSUE, List.of(ABOVE_200));

        DryRunResult r = DryRunResult.of(new Stages.Result(merged(WarningLevel.NONE, WarningLevel.NONE, issue), Optional.empty()));

        assertThat(r.wouldPropose()).isEqualTo(new DryRunResult.WouldPropose(WarningLevel.YELLOW, ProposalKind.ISSUE));
        assertThat(r.suppressed()).isNull();
        assertThat(r.regionCode()).isEqualTo("141025");
        assertThat(r.ruleSet()).isEqualTo("national-2019");
        assertThat(r.reasons()).containsExactly(ABOVE_200);
        assertThat(r.cause()).isEqualTo("PM2.5");
        assertThat(r.mandatory()).isTrue();
        assertThat(r.currentLevel()).isEqualTo(WarningLevel.NONE);
    }
}
