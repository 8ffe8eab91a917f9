package org.lantian.warning.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned set of warning criteria, loaded from data (see {@link RuleSetParser}).
 *
 * @param source the document the criteria come from (free text, may be {@code null})
 * @param effectiveFrom first day the set applies (inclusive)
 * @param effectiveTo last day the set applies (inclusive), {@code null} for open-ended
 * @param levels highest level first; evaluation takes the first whose condition holds
 */
public record RuleSet(String id, String name, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                      List<LevelRule> levels) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        levels = List.copyOf(levels);
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom);
        }
        for (int i = 1; i < levels.size(); i++) {
            if (!levels.get(i - 1).level().isHigherThan(levels.get(i).level())) {
                throw new IllegalArgumentException(id + ": levels must be listed highest first, each once; "
                        + levels.get(i).level() + " follows " + levels.get(i - 1).level());
            }
        }
    }

    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean overlaps(RuleSet other) {
        return !endsBefore(other.effectiveFrom) && !other.endsBefore(effectiveFrom);
    }

    private boolean endsBefore(LocalDate day) {
        return effectiveTo != null && effectiveTo.isBefore(day);
    }

    public Optional<LevelRule> rule(WarningLevel level) {
        return levels.stream().filter(r -> r.level() == level).findFirst();
    }

    /** "2019-07-01..open" style range for messages. */
    public String effectiveRange() {
        return effectiveFrom + ".." + (effectiveTo == null ? "open" : effectiveTo);
    }
}
