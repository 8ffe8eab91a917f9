package org.lantian.warning.rules;

import java.util.List;
import java.util.Optional;

/**
 * Evaluates a forecast against a rule set: the highest level whose condition holds wins.
 * Pure and deterministic: the same set and periods (in any order) give the same evaluation.
 */
public final class WarningEvaluator {

    private WarningEvaluator() {
    }

    public static Evaluation evaluate(RuleSet set, List<Period> periods) {
        Timeline timeline = Timeline.of(periods);
        for (LevelRule rule : set.levels()) {
            Optional<List<ConditionMatcher.Match>> matches = ConditionMatcher.match(rule.condition(), timeline);
            if (matches.isPresent()) {
                return evaluation(set, rule, matches.get());
            }
        }
        return Evaluation.none(set.id());
    }

    private static Evaluation evaluation(RuleSet set, LevelRule rule, List<ConditionMatcher.Match> matches) {
        List<Reason> reasons = matches.stream()
                .map(m -> new Reason(rule.level(), m.leaf().describe(), m.run().toRun(), set.id()))
                .toList();
        String cause = CauseAnalysis.dominantCause(matches.stream().map(ConditionMatcher.Match::run).toList(), rule);
        return new Evaluation(set.id(), rule.level(), reasons, cause, rule.isMandatoryFor(cause));
    }
}
