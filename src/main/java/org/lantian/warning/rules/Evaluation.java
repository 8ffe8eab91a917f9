package org.lantian.warning.rules;

import java.util.List;

/**
 * The outcome of evaluating a forecast against a rule set.
 *
 * @param reasons the satisfied leaf conditions of the winning level (empty for NONE)
 * @param cause the dominant primary pollutant over the qualifying runs, by hours; {@code null}
 *     for NONE or when the forecast names no pollutant
 * @param mandatory whether the level's measures are mandatory for this cause (false for NONE)
 */
public record Evaluation(String ruleSetId, WarningLevel level, List<Reason> reasons, String cause, boolean mandatory) {

    public Evaluation {
        reasons = List.copyOf(reasons);
    }

    static Evaluation none(String ruleSetId) {
        return new Evaluation(ruleSetId, WarningLevel.NONE, List.of(), null, false);
    }
}
