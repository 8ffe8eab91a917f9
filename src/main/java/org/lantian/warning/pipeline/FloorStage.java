package org.lantian.warning.pipeline;

import org.lantian.warning.rules.Evaluation;

/**
 * Never propose below what the city's warning and the regional floors impose: an evaluation below
 * the floor is raised to it. When the region is at that floor already, there is nothing to propose.
 */
public final class FloorStage implements PureStage {

    public static final String NAME = "floor";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome decide(Candidate c) {
        Evaluation e = c.evaluation();
        RegionState state = c.state();
        if (!e.level().isLowerThan(state.floor())) {
            return Outcome.next(c.withFloored(e));
        }
        if (state.floor() == state.current()) {
            return suppress("the rules give " + e.level() + ", but the city's warning and the regional floors hold the region at "
                    + state.floor() + ", where it is already");
        }
        return Outcome.next(c.withFloored(new Evaluation(e.ruleSetId(), state.floor(), e.reasons(), e.cause(), e.mandatory())));
    }
}
