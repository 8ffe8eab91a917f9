package org.lantian.warning.rules;

/** What a proposal asks the duty officer to do (发布 / 调整 / 解除). */
public enum ProposalKind {
    ISSUE, UPGRADE, DOWNGRADE, LIFT;

    static ProposalKind of(WarningLevel current, WarningLevel target) {
        if (target.isHigherThan(current)) {
            return current == WarningLevel.NONE ? ISSUE : UPGRADE;
        }
        return target == WarningLevel.NONE ? LIFT : DOWNGRADE;
    }

    boolean raises() {
        return this == ISSUE || this == UPGRADE;
    }
}
