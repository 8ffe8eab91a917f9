package org.lantian.warning.pipeline;

import java.time.Duration;

import org.lantian.warning.ForecastPeriods;
import org.lantian.warning.rules.PolicyVerdict;
import org.lantian.warning.rules.ProposalPolicy;
import org.lantian.warning.rules.WarningLevel;

/**
 * No flapping ({@link ProposalPolicy}): no repeat of the current level or the open proposal, no
 * lower proposal replacing a higher one heading the same way, no downgrade or lift before the hold.
 * Observed hours only start a warning: where one is in force they propose nothing.
 */
public final class PolicyStage implements PureStage {

    public static final String NAME = "policy";

    private final ProposalPolicy policy;

    public PolicyStage(Duration hold) {
        this.policy = new ProposalPolicy(hold);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome decide(Candidate c) {
        if (c.trigger().onlyWithoutWarning() && c.current() != WarningLevel.NONE) {
            return suppress("a warning is in force (the region is at " + c.current()
                    + "); observed hours only propose where there is none");
        }
        PolicyVerdict verdict = policy.judge(c.ruleSet(), c.current(), c.state().open().map(RegionState.OpenProposal::level),
                c.floored(), c.periods(), ForecastPeriods.holdStart(c.periods(), c.now()));
        if (verdict instanceof PolicyVerdict.Withhold withheld) {
            return suppress(withheld.reason());
        }
        return Outcome.next(c.withDecision(((PolicyVerdict.Propose) verdict).decision()));
    }
}
