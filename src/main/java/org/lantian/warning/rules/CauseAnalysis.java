package org.lantian.warning.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the dominant primary pollutant of the runs that made a level hold.
 *
 * <p>Time is counted once even where runs overlap (a 300-run lies inside a 200-run). On equal
 * hours a pollutant that makes the level mandatory wins (the cautious reading), then the
 * alphabetically first code, so the result is deterministic.
 */
final class CauseAnalysis {

    private CauseAnalysis() {
    }

    static String dominantCause(Collection<SegmentRun> runs, LevelRule rule) {
        Set<Segment> distinct = new LinkedHashSet<>();
        runs.forEach(r -> distinct.addAll(r.segments()));
        Map<String, Long> secondsByCause = new TreeMap<>();
        for (Segment s : distinct) {
            for (String cause : Pollutants.split(s.primaryPollutant())) {
                secondsByCause.merge(cause, s.seconds(), Long::sum);
            }
        }
        Comparator<Map.Entry<String, Long>> order = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(e -> rule.isMandatoryFor(e.getKey()) ? 0 : 1)
                .thenComparing(Map.Entry::getKey);
        return secondsByCause.entrySet().stream().sorted(order).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
