package org.lantian.compliance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meter's normal draw for one hour of day: the median of that hour on each of the {@code days} days before the
 * order took effect (the hours ending at or before {@code effectiveFrom}). With fewer than {@code minDays} of them
 * there is no baseline, and the rules say so instead of guessing.
 */
public final class Baseline {

    private static final Duration DAY = Duration.ofDays(1);

    private Baseline() {
    }

    /** The hours (ends) whose means make the baseline of {@code hour}, latest first. */
    public static List<OffsetDateTime> sourceHours(OffsetDateTime hour, OffsetDateTime effectiveFrom, int days) {
        OffsetDateTime h = hour;
        while (h.isAfter(effectiveFrom)) {
            h = h.minus(DAY);
        }
        List<OffsetDateTime> hours = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            hours.add(h.minus(DAY.multipliedBy(d)));
        }
        return hours;
    }

    public static Optional<Double> of(MeterData history, String meter, String kind, OffsetDateTime hour, OffsetDateTime effectiveFrom,
                                      CheckLimits limits) {
        List<Double> values = new ArrayList<>();
        for (OffsetDateTime h : sourceHours(hour, effectiveFrom, limits.baselineDays())) {
            history.mean(meter, kind, h).ifPresent(values::add);
        }
        if (values.size() < Math.max(1, limits.baselineMinDays())) {
            return Optional.empty();
        }
        return Optional.of(median(values));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
