package org.lantian.compliance;

/** What a finding checks (docs/domain-decisions.md, *Compliance*). */
public enum Rule {
    /** A stopped line's (or site's) electricity must fall below the stop share of its baseline. */
    STOP,
    /** A limited line's electricity at most the allowed % of its baseline plus the tolerance. */
    LIMIT,
    /** Stack SO₂ within the permit. */
    STACK_SO2,
    /** Stack NOx within the permit. */
    STACK_NOX,
    /** Stack PM within the permit. */
    STACK_PM,
    /** NH₃ slip within 2.5 mg/m³ (SCR) or 8 mg/m³ (SNCR), plan task 8. */
    NH3_SLIP,
    /** No banned truck at the gate while the order bans such trucks. */
    TRUCK_BAN,
    /** A meter an order depends on keeps reporting. */
    MONITORING_GAP
}
