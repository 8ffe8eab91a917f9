package org.lantian.reduction.list;

/** The denitration (脱硝) type of an enterprise's flue-gas treatment, as its {@link Permit} gives it. */
public enum Denitration {
    /** selective catalytic reduction (选择性催化还原) */
    SCR,
    /** selective non-catalytic reduction (选择性非催化还原) */
    SNCR,
    /** no denitration, or none given */
    NONE
}
