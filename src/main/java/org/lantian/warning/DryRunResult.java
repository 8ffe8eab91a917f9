package org.lantian.warning;

import java.util.List;

import org.lantian.warning.pipeline.Candidate;
import org.lantian.warning.pipeline.Outcome;
import org.lantian.warning.pipeline.Stages;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.WarningLevel;

/**
 * The answer of {@code POST /api/warnings/evaluate}: what the rules give, the region's state, and either
 * what would be proposed or the stage that stopped the proposal and why.
 *
 * @param level what the rules give for the periods (before the floor)
 * @param floorLevel what the city's warning and the regional floors impose on the region
 * @param wouldPropose null when a stage stopped the proposal
 * @param suppressed null when a proposal would be made
 */
public record DryRunResult(String regionCode, String ruleSet, WarningLevel level, List<Reason> reasons, String cause,
                           boolean mandatory, WarningLevel currentLevel, WarningLevel floorLevel,
                           WouldPropose wouldPropose, Outcome.Suppressed suppressed) {

    public record WouldPropose(WarningLevel level, ProposalKind kind) {
    }

    static DryRunResult of(Stages.Result result) {
        Candidate c = result.candidate();
        return new DryRunResult(c.regionCode(), c.ruleSet().id(), c.evaluation().level(), c.evaluation().reasons(),
                c.evaluation().cause(), c.evaluation().mandatory(), c.current(),
                c.state() == null ? null : c.state().floor(),
                result.proposal().map(d -> new WouldPropose(d.level(), d.kind())).orElse(null),
                result.suppressed().orElse(null));
    }
}
