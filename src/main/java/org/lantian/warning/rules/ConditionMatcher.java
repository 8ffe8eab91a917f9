package org.lantian.warning.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a {@link Condition} against a {@link Timeline}.
 *
 * <p>Each leaf is judged on its own over the whole timeline, using the longest qualifying run
 * (earliest on ties); an {@code allOf} does not require its leaves' runs to lie in one episode
 * (for "AQI > 200 for ≥ 72 h and > 300 for ≥ 24 h" the 300-run is inside some 200-run anyway).
 */
final class ConditionMatcher {

    /** A satisfied leaf and the run that satisfied it. */
    record Match(Condition leaf, SegmentRun run) {
    }

    private ConditionMatcher() {
    }

    /**
     * The satisfied leaves that make {@code condition} hold, or empty if it does not hold.
     * Leaves of an {@code anyOf} child that does not hold are not reported.
     */
    static Optional<List<Match>> match(Condition condition, Timeline timeline) {
        if (condition instanceof Condition.AqiAbove above) {
            return timeline.longestRun(aqi -> aqi > above.aqi())
                    .filter(run -> run.seconds() >= above.minimumSeconds())
                    .map(run -> List.of(new Match(above, run)));
        }
        if (condition instanceof Condition.AqiReaches reaches) {
            return timeline.longestRun(aqi -> aqi >= reaches.aqi())
                    .map(run -> List.of(new Match(reaches, run)));
        }
        if (condition instanceof Condition.AllOf all) {
            List<Match> matches = new ArrayList<>();
            for (Condition child : all.children()) {
                Optional<List<Match>> m = match(child, timeline);
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                matches.addAll(m.get());
            }
            return Optional.of(matches);
        }
        Condition.AnyOf any = (Condition.AnyOf) condition;
        List<Match> matches = new ArrayList<>();
        for (Condition child : any.children()) {
            match(child, timeline).ifPresent(matches::addAll);
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches);
    }
}
