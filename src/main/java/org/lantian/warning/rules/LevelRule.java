package org.lantian.warning.rules;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One level of a rule set: its start condition and the primary pollutants for which its
 * measures are mandatory (others get advisory measures only).
 *
 * @param mandatoryCauses canonical pollutant codes; {@value #ANY_CAUSE} means every cause,
 *     including an unknown one
 */
public record LevelRule(WarningLevel level, Condition condition, List<String> mandatoryCauses) {

    public static final String ANY_CAUSE = "*";

    public LevelRule {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(condition, "condition");
        if (level == WarningLevel.NONE) {
            throw new IllegalArgumentException("NONE is the absence of a level and has no rule");
        }
        mandatoryCauses = mandatoryCauses.stream()
                .map(c -> ANY_CAUSE.equals(c) ? c : Pollutants.normalize(c))
                .distinct()
                .toList();
    }

    /** Whether a warning driven by {@code cause} (may be {@code null}: unknown) is mandatory. */
    public boolean isMandatoryFor(String cause) {
        return mandatoryCauses.contains(ANY_CAUSE)
                || (cause != null && mandatoryCauses.contains(Pollutants.normalize(cause)));
    }

    /**
     * The AQI at or below which the forecast no longer meets any part of this level's start
     * criteria: the lowest {@code aqiAbove} threshold, or, for a level made only of
     * {@code aqiReaches} leaves, the lowest such value minus one.
     */
    public int releaseThreshold() {
        OptionalInt above = condition.leaves().stream()
                .filter(Condition.AqiAbove.class::isInstance)
                .mapToInt(c -> ((Condition.AqiAbove) c).aqi())
                .min();
        if (above.isPresent()) {
            return above.getAsInt();
        }
        return condition.leaves().stream()
                .mapToInt(c -> ((Condition.AqiReaches) c).aqi() - 1)
                .min()
                .orElseThrow();
    }
}
