package org.lantian.warning.rules;

import java.time.Instant;
import java.util.List;

/** Consecutive segments found by a condition; kept whole so the cause can be weighed by hours. */
record SegmentRun(List<Segment> segments) {

    SegmentRun {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a run has at least one segment");
        }
    }

    Instant from() {
        return segments.get(0).from();
    }

    Instant to() {
        return segments.get(segments.size() - 1).to();
    }

    long seconds() {
        return to().getEpochSecond() - from().getEpochSecond();
    }

    int maxAqi() {
        return segments.stream().mapToInt(Segment::aqi).max().orElseThrow();
    }

    Run toRun() {
        return new Run(from(), to(), seconds() / 3600.0, maxAqi());
    }
}
