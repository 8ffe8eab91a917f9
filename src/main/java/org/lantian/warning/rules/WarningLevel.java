package org.lantian.warning.rules;

/**
 * Warning levels of the public contract, lowest first, so that {@link #compareTo} orders them by
 * severity. {@code BLUE} exists only where a city's own rule set defines it.
 */
public enum WarningLevel {
    NONE, BLUE, YELLOW, ORANGE, RED;

    public boolean isHigherThan(WarningLevel other) {
        return compareTo(other) > 0;
    }

    public boolean isLowerThan(WarningLevel other) {
        return compareTo(other) < 0;
    }
}
