package org.lantian.warning.rules;

import java.util.List;

/**
 * A warning proposal (预警建议) for the duty officer.
 *
 * @param reasons for a raise, the evaluation's reasons; for a downgrade or lift, first the
 *     hold reason (the current level, "AQI ≤ N for ≥ 36 h" and the quiet window), then the
 *     evaluation's reasons for the lower level, if any
 */
public record ProposalDecision(WarningLevel level, ProposalKind kind, List<Reason> reasons) {

    public ProposalDecision {
        reasons = List.copyOf(reasons);
    }
}
