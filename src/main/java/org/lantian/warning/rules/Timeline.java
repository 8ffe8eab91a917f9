package org.lantian.warning.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The forecast as one ordered, non-overlapping sequence of {@link Segment}s.
 *
 * <p><b>Overlapping periods</b> in one forecast are resolved explicitly: the time axis is split at
 * every period boundary, and each resulting piece takes the AQI and primary pollutant of the
 * <em>shortest</em> period covering it, because a finer forecast (hourly) refines a coarser one
 * (daily) for the same time. Among equally short periods the higher AQI wins (the cautious
 * reading); a remaining tie is broken by pollutant code, so the result never depends on the order
 * of the input.
 *
 * <p><b>Gaps</b> between periods stay gaps: no segment is made for time no period covers, and a
 * run above a threshold ends at a gap, since unknown time is not time above a threshold.
 *
 * <p>Adjacent pieces with the same AQI and pollutant are merged; that changes no duration.
 */
public final class Timeline {

    private static final Comparator<Period> FINEST_THEN_HIGHEST = Comparator
            .comparingLong(Period::seconds)
            .thenComparing(Comparator.comparingInt(Period::aqi).reversed())
            .thenComparing(Period::primaryPollutant, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<Segment> segments;

    private Timeline(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public static Timeline of(Collection<Period> periods) {
        Objects.requireNonNull(periods, "periods");
        TreeSet<Instant> bounds = new TreeSet<>();
        for (Period p : periods) {
            bounds.add(p.from());
            bounds.add(p.to());
        }
        List<Segment> pieces = new ArrayList<>();
        Instant start = null;
        for (Instant end : bounds) {
            if (start != null) {
                resolve(periods, start, end).ifPresent(pieces::add);
            }
            start = end;
        }
        return new Timeline(merge(pieces));
    }

    private static Optional<Segment> resolve(Collection<Period> periods, Instant start, Instant end) {
        return periods.stream()
                .filter(p -> p.covers(start, end))
                .min(FINEST_THEN_HIGHEST)
                .map(p -> new Segment(start, end, p.aqi(), p.primaryPollutant()));
    }

    private static List<Segment> merge(List<Segment> pieces) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : pieces) {
            int last = merged.size() - 1;
            if (last >= 0 && sameReading(merged.get(last), s) && s.continues(merged.get(last))) {
                Segment prev = merged.get(last);
                merged.set(last, new Segment(prev.from(), s.to(), s.aqi(), s.primaryPollutant()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean sameReading(Segment a, Segment b) {
        return a.aqi() == b.aqi() && Objects.equals(a.primaryPollutant(), b.primaryPollutant());
    }

    /** The resolved segments in time order; gaps are simply absent. */
    public List<Segment> segments() {
        return segments;
    }

    /** Maximal runs of consecutive (gap-free) segments whose AQI passes {@code test}. */
    List<SegmentRun> runs(IntPredicate test) {
        List<SegmentRun> runs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment s : segments) {
            boolean contiguous = !current.isEmpty() && s.continues(current.get(current.size() - 1));
            if (!test.test(s.aqi()) || !contiguous) {
                close(current, runs);
            }
            if (test.test(s.aqi())) {
                current.add(s);
            }
        }
        close(current, runs);
        return runs;
    }

    /** The longest such run; among equally long runs, the earliest. */
    Optional<SegmentRun> longestRun(IntPredicate test) {
        SegmentRun best = null;
        for (SegmentRun r : runs(test)) {
            if (best == null || r.seconds() > best.seconds()) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void close(List<Segment> current, List<SegmentRun> runs) {
        if (!current.isEmpty()) {
            runs.add(new SegmentRun(current));
            current.clear();
        }
    }
}
