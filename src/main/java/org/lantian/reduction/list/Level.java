package org.lantian.reduction.list;

/**
 * Warning level a measure applies to, with the cut the whole list must achieve at that level
 * (domain.md §4: SO₂, NOx, PM and VOCs each ≥ 10 % yellow, ≥ 20 % orange, ≥ 30 % red of the area's total).
 */
public enum Level {
    YELLOW(10),
    ORANGE(20),
    RED(30);

    private final int requiredPercent;

    Level(int requiredPercent) {
        this.requiredPercent = requiredPercent;
    }

    /** Required cut of each pollutant, in percent of the area's total emission. */
    public int requiredPercent() {
        return requiredPercent;
    }
}
