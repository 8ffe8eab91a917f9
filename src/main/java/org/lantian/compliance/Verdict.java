package org.lantian.compliance;

/** The outcome of one rule on one meter in one hour. */
public enum Verdict {
    VIOLATION,
    COMPLIANT,
    /** Too little history before the order to say what the meter normally draws: not checked, never guessed. */
    NO_BASELINE
}
