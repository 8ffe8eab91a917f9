package org.lantian.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "stays below the start criteria" test that gates downgrades and lifts (domain §4: only
 * when the forecast stays below the level's start criteria for ≥ 36 h).
 */
public final class Hysteresis {

    private Hysteresis() {
    }

    /**
     * True if, from {@code from}, the forecast covers at least {@code needed} of consecutive time
     * and the AQI in all of it is at or below {@link #releaseThreshold} of {@code current}.
     * A gap, or a forecast that ends (or starts) without covering the whole window, gives false:
     * unknown time is not evidence of clean air. What happens after the window does not matter.
     */
    public static boolean staysBelowStartCriteria(RuleSet set, WarningLevel current, List<Period> periods,
                                                  Instant from, Duration needed) {
        return quietWindow(set, current, periods, from, needed).isPresent();
    }

    /**
     * The AQI at or below which {@code current}'s start criteria are no longer met: the lowest
     * {@code aqiAbove} threshold of its conditions (national-2019: yellow 150, orange 150, red 200).
     * If the set does not define {@code current} (a BLUE warning judged with a set without BLUE),
     * the lowest threshold of the whole set is used: the strictest test the set offers, so it can
     * only delay a downgrade, never hasten one.
     */
    public static int releaseThreshold(RuleSet set, WarningLevel current) {
        if (current == WarningLevel.NONE) {
            throw new IllegalArgumentException("NONE has no start criteria to stay below");
        }
        return set.rule(current)
                .map(LevelRule::releaseThreshold)
                .orElseGet(() -> set.levels().stream().mapToInt(LevelRule::releaseThreshold).min().orElseThrow());
    }

    /** The window of exactly {@code needed} that proves the test, as a run (for reasons). */
    static Optional<Run> quietWindow(RuleSet set, WarningLevel current, List<Period> periods,
                                     Instant from, Duration needed) {
        Objects.requireNonNull(from, "from");
        if (needed.isNegative() || needed.isZero()) {
            throw new IllegalArgumentException("needed must be positive, got " + needed);
        }
        int threshold = releaseThreshold(set, current);
        Instant end = from.plus(needed);
        Instant covered = from;
        int max = 0;
        for (Segment s : Timeline.of(periods).segments()) {
            if (!s.to().isAfter(covered)) {
                continue;
            }
            if (s.from().isAfter(covered) || s.aqi() > threshold) {
                return Optional.empty();
            }
            max = Math.max(max, s.aqi());
            covered = s.to();
            if (!covered.isBefore(end)) {
                return Optional.of(new Run(from, end, needed.toSeconds() / 3600.0, max));
            }
        }
        return Optional.empty();
    }
}
