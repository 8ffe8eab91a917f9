package org.lantian.reduction.list;

import java.util.Objects;

/**
 * One measure of an enterprise at one warning level (一厂一策).
 *
 * @param level        the warning level the measure applies at
 * @param line         the production line it applies to, or {@code null} for the whole enterprise
 * @param process      the process (工序), free text, or {@code null}
 * @param action       what to do
 * @param limitPercent for {@link Action#LIMIT_PERCENT} only: production allowed, in % of the baseline
 *                     (0 &lt; limitPercent &lt; 100; 80 means a 20 % cut — the directive contract's meaning);
 *                     {@code null} otherwise
 * @param hours        for {@link Action#EXTEND_COKING_TIME} only: hours the coking time is extended by (&gt; 0);
 *                     {@code null} otherwise
 * @param expectedCut  expected emission reduction while the measure holds, as a rate in t/yr so it compares with
 *                     the annual emissions
 * @param indicator    what proves compliance; {@code null} only for {@link Action#VOLUNTARY}
 * @param description  human-readable text, or {@code null}
 */
public record Measure(
        Level level,
        String line,
        String process,
        Action action,
        Double limitPercent,
        Double hours,
        Emissions expectedCut,
        Indicator indicator,
        String description) {

    public Measure {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expectedCut, "expectedCut");
        line = blankToNull(line);
        process = blankToNull(process);
        description = blankToNull(description);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The cut of production a {@link Action#LIMIT_PERCENT} measure orders, in % (100 − limitPercent). */
    public Double cutPercent() {
        return limitPercent == null ? null : 100 - limitPercent;
    }
}
