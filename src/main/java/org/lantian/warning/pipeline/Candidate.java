package org.lantian.warning.pipeline;

import java.time.Instant;
import java.util.List;

import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.WarningLevel;

/**
 * What the stages know so far; each stage fills in its part (null until then).
 *
 * @param periods the forecast; empty when the evaluation was made elsewhere (observed hours, a regional warning)
 * @param evaluation what the rules give, as the trigger saw it (the dry run's {@code level})
 * @param state the region's current level, floor and open proposal
 * @param floored the evaluation raised to the floor: what the policy judges
 * @param decision the proposal the policy lets through
 */
public record Candidate(String regionCode, RuleSet ruleSet, Trigger trigger, Instant now, List<Period> periods,
                        Evaluation evaluation, RegionState state, Evaluation floored, ProposalDecision decision) {

    public Candidate {
        periods = List.copyOf(periods);
    }

    /** A forecast, still to be evaluated. */
    public static Candidate forecast(String region, RuleSet set, List<Period> periods, Trigger trigger, Instant now) {
        return new Candidate(region, set, trigger, now, periods, null, null, null, null);
    }

    /** An evaluation made by the trigger itself; the evaluate stage keeps it. */
    public static Candidate evaluated(String region, RuleSet set, Evaluation evaluation, Trigger trigger, Instant now) {
        return new Candidate(region, set, trigger, now, List.of(), evaluation, null, null, null);
    }

    /** The region's effective level, once merged. */
    public WarningLevel current() {
        return state == null ? null : state.current();
    }

    Candidate withEvaluation(Evaluation e) {
        return new Candidate(regionCode, ruleSet, trigger, now, periods, e, state, floored, decision);
    }

    Candidate withState(RegionState s) {
        return new Candidate(regionCode, ruleSet, trigger, now, periods, evaluation, s, floored, decision);
    }

    Candidate withFloored(Evaluation e) {
        return new Candidate(regionCode, ruleSet, trigger, now, periods, evaluation, state, e, decision);
    }

    Candidate withDecision(ProposalDecision d) {
        return new Candidate(regionCode, ruleSet, trigger, now, periods, evaluation, state, floored, d);
    }
}
