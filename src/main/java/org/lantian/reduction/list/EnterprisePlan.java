package org.lantian.reduction.list;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enterprise with its measures (一厂一策). Measures are kept in level order (yellow, orange, red); within a level
 * in the order given.
 */
public record EnterprisePlan(Enterprise enterprise, List<Measure> measures) {

    public EnterprisePlan {
        Objects.requireNonNull(enterprise, "enterprise");
        measures = measures.stream().sorted(Comparator.comparing(Measure::level)).toList();
    }

    /** The measures at one level (empty when the enterprise has none there). */
    public List<Measure> measures(Level level) {
        return measures.stream().filter(m -> m.level() == level).toList();
    }

    /** The measures grouped by level; every level is a key (possibly with an empty list). */
    public Map<Level, List<Measure>> measuresByLevel() {
        Map<Level, List<Measure>> m = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            m.put(l, measures(l));
        }
        return m;
    }

    /** Sum of the expected cuts of the measures at one level, t/yr. */
    public Emissions expectedCut(Level level) {
        return measures(level).stream().map(Measure::expectedCut).reduce(Emissions.ZERO, Emissions::plus);
    }
}
