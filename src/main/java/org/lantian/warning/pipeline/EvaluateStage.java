package org.lantian.warning.pipeline;

import org.lantian.warning.rules.WarningEvaluator;

/**
 * The rule set applied to the forecast. An evaluation the trigger made itself (observed hours, a
 * regional warning) is taken as it is. Never suppresses: a forecast giving NONE may still lift.
 */
public final class EvaluateStage implements PureStage {

    public static final String NAME = "evaluate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome decide(Candidate c) {
        if (c.evaluation() != null) {
            return Outcome.next(c);
        }
        return Outcome.next(c.withEvaluation(WarningEvaluator.evaluate(c.ruleSet(), c.periods())));
    }
}
