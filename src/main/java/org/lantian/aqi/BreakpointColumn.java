package org.lantian.aqi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One column of a breakpoint table: exact piecewise-linear interpolation, rounded up.
 *
 * <p>IAQI = IAQI_lo + ceil((IAQI_hi − IAQI_lo) × (C − BP_lo) / (BP_hi − BP_lo)), computed exactly on
 * the decimal value of C (the value {@link Double#toString} shows, e.g. 35.1, not the binary
 * 35.10000000000000142…), so a concentration that lands on an integer IAQI is not pushed one up by
 * binary noise. Adding the integer IAQI_lo after the ceiling equals taking the ceiling of the sum.
 *
 * <p>A value exactly at a breakpoint is evaluated in the lower segment, which gives its upper
 * IAQI exactly (the upper segment would give the same number as its IAQI_lo).
 *
 * <p>Fast path: concentrations with at most three decimals (all real monitoring data) are scaled to
 * thousandths and computed in {@code long}; anything else goes through {@link BigDecimal}. Both are
 * exact, so they agree. Immutable and thread-safe.
 */
final class BreakpointColumn {

    /** Returned by {@link #iaqi(double)} for a concentration above the top breakpoint. */
    static final int BEYOND = -1;

    private static final int SCALE = 3;
    private static final double MILLI = 1000.0;
    /** Below this, a double has at most one three-decimal value nearest to it (ulp well under 0.001). */
    private static final double FAST_PATH_LIMIT = 1e9;

    private final Column column;
    private final int[] iaqi;
    private final long[] milli;
    private final BigDecimal[] breakpoints;

    /** Rejects tables that do not start at (0, 0) or do not strictly increase. */
    BreakpointColumn(Column column, List<BigDecimal> breakpoints, List<Integer> iaqi) {
        if (breakpoints.size() != iaqi.size() || breakpoints.size() < 2) {
            throw new IllegalArgumentException(column.header() + ": needs at least two breakpoints");
        }
        this.column = column;
        int n = breakpoints.size();
        this.iaqi = new int[n];
        this.milli = new long[n];
        this.breakpoints = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BigDecimal bp = breakpoints.get(i);
            if (bp.stripTrailingZeros().scale() > SCALE) {
                throw new IllegalArgumentException(column.header() + ": breakpoint " + bp
                        + " has more than " + SCALE + " decimals");
            }
            this.breakpoints[i] = bp;
            this.milli[i] = bp.movePointRight(SCALE).longValueExact();
            this.iaqi[i] = iaqi.get(i);
            if (i == 0 && (bp.signum() != 0 || this.iaqi[0] != 0)) {
                throw new IllegalArgumentException(column.header() + ": must start at concentration 0, IAQI 0");
            }
            if (i > 0 && (milli[i] <= milli[i - 1] || this.iaqi[i] <= this.iaqi[i - 1])) {
                throw new IllegalArgumentException(column.header() + ": breakpoints and IAQI must increase at row "
                        + this.iaqi[i]);
            }
        }
    }

    Column column() {
        return column;
    }

    /** Highest concentration the table covers. */
    BigDecimal top() {
        return breakpoints[breakpoints.length - 1];
    }

    int topIaqi() {
        return iaqi[iaqi.length - 1];
    }

    /** Breakpoints, for tests and documentation. */
    List<BigDecimal> breakpoints() {
        return List.of(breakpoints);
    }

    /** IAQI of each breakpoint, in the same order as {@link #breakpoints()}. */
    List<Integer> iaqiValues() {
        Integer[] boxed = new Integer[iaqi.length];
        for (int i = 0; i < iaqi.length; i++) {
            boxed[i] = iaqi[i];
        }
        return List.of(boxed);
    }

    /**
     * IAQI of a concentration (finite, not negative: {@link AqiInput} guarantees it), or
     * {@link #BEYOND} if it is above the top breakpoint.
     */
    int iaqi(double concentration) {
        if (concentration <= FAST_PATH_LIMIT) {
            long scaled = Math.round(concentration * MILLI);
            // Exact iff the double is the one nearest to scaled/1000, i.e. its decimal value has <= 3 decimals.
            if (scaled / MILLI == concentration) {
                return iaqiOfMilli(scaled);
            }
        }
        return iaqi(BigDecimal.valueOf(concentration));
    }

    /** Same as {@link #iaqi(double)} for an exact decimal concentration; always the BigDecimal path. */
    int iaqi(BigDecimal c) {
        for (int i = 1; i < breakpoints.length; i++) {
            if (c.compareTo(breakpoints[i]) <= 0) {
                BigDecimal rise = BigDecimal.valueOf(iaqi[i] - iaqi[i - 1]).multiply(c.subtract(breakpoints[i - 1]));
                BigDecimal run = breakpoints[i].subtract(breakpoints[i - 1]);
                return iaqi[i - 1] + rise.divide(run, 0, RoundingMode.CEILING).intValueExact();
            }
        }
        return BEYOND;
    }

    private int iaqiOfMilli(long c) {
        for (int i = 1; i < milli.length; i++) {
            if (c <= milli[i]) {
                long rise = (long) (iaqi[i] - iaqi[i - 1]) * (c - milli[i - 1]);
                long run = milli[i] - milli[i - 1];
                return iaqi[i - 1] + (int) -Math.floorDiv(-rise, run); // ceiling of rise / run
            }
        }
        return BEYOND;
    }
}
