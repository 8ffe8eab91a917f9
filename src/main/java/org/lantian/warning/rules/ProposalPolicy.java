package org.lantian.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a new evaluation should become a warning proposal, without flapping.
 *
 * <ul>
 *   <li>Never proposes the region's current level.</li>
 *   <li>Raises (issue/upgrade) as soon as the evaluated level is higher than the current one.</li>
 *   <li>Lowers (downgrade/lift, to the evaluated level) only when the forecast stays at or below
 *       the current level's start criteria for the hold time (36 h) from now.</li>
 *   <li>Never re-proposes the level of the open proposal.</li>
 *   <li>A different level supersedes the open proposal, except that a proposal heading the same
 *       way as the open one must be higher than it: an open ORANGE upgrade is not replaced by a
 *       YELLOW one when the next forecast dips (domain §4: while AQI crosses between levels,
 *       keep the higher one). A proposal in the opposite direction always supersedes.</li>
 * </ul>
 * Pure: the caller keeps the state (current level, open proposal). {@link #judge} also says why
 * nothing is proposed, for the duty officer.
 */
public final class ProposalPolicy {

    public static final Duration DEFAULT_HOLD = Duration.ofHours(36);

    private final Duration hold;

    public ProposalPolicy() {
        this(DEFAULT_HOLD);
    }

    public ProposalPolicy(Duration hold) {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("hold must be positive, got " + hold);
        }
        this.hold = hold;
    }

    /**
     * @param set the rule set {@code evaluation} was made with
     * @param current the region's current effective level (NONE when no warning is in force)
     * @param openProposal the level of the last still-open proposal, if any
     * @param periods the forecast the evaluation was made from
     * @param now the decision time; the hold window starts here
     */
    public Optional<ProposalDecision> decide(RuleSet set, WarningLevel current, Optional<WarningLevel> openProposal,
                                             Evaluation evaluation, List<Period> periods, Instant now) {
        return judge(set, current, openProposal, evaluation, periods, now).proposal();
    }

    /** As {@link #decide}, and when nothing is proposed, why. */
    public PolicyVerdict judge(RuleSet set, WarningLevel current, Optional<WarningLevel> openProposal,
                               Evaluation evaluation, List<Period> periods, Instant now) {
        if (!set.id().equals(evaluation.ruleSetId())) {
            throw new IllegalArgumentException("evaluation was made with rule set " + evaluation.ruleSetId()
                    + ", not " + set.id());
        }
        WarningLevel target = evaluation.level();
        // An "open" proposal at the current level is already fulfilled: it constrains nothing.
        Optional<WarningLevel> open = openProposal.filter(p -> p != current);
        if (target == current) {
            return new PolicyVerdict.Withhold("the region is at " + current + " already");
        }
        if (open.filter(target::equals).isPresent()) {
            return new PolicyVerdict.Withhold("the open proposal already proposes " + target);
        }
        ProposalKind kind = ProposalKind.of(current, target);
        if (open.isPresent() && !supersedes(kind, target, current, open.get())) {
            return new PolicyVerdict.Withhold("the open " + open.get() + " proposal stands: " + target
                    + " goes the same way from " + current + " but not as far");
        }
        if (kind.raises()) {
            return new PolicyVerdict.Propose(new ProposalDecision(target, kind, evaluation.reasons()));
        }
        return Hysteresis.quietWindow(set, current, periods, now, hold)
                .<PolicyVerdict>map(window -> new PolicyVerdict.Propose(
                        new ProposalDecision(target, kind, lowering(set, current, window, evaluation))))
                .orElseGet(() -> new PolicyVerdict.Withhold("too early to go from " + current + " to " + target
                        + ": the forecast does not stay at AQI ≤ " + Hysteresis.releaseThreshold(set, current)
                        + " for " + Hours.format(hold.toSeconds() / 3600.0) + " h from " + now));
    }

    private static boolean supersedes(ProposalKind kind, WarningLevel target, WarningLevel current, WarningLevel open) {
        boolean openRaises = open.isHigherThan(current);
        return kind.raises() != openRaises || target.isHigherThan(open);
    }

    private List<Reason> lowering(RuleSet set, WarningLevel current, Run window, Evaluation evaluation) {
        String condition = "AQI ≤ " + Hysteresis.releaseThreshold(set, current)
                + " for ≥ " + Hours.format(hold.toSeconds() / 3600.0) + " h";
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(current, condition, window, set.id()));
        reasons.addAll(evaluation.reasons());
        return reasons;
    }
}
