package org.lantian.warning.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The loaded rule sets. Which set applies is the caller's choice, by id; {@link #defaultFor}
 * picks the default for a date (replaying a 2018 episode uses the criteria of 2018).
 */
public final class RuleSets {

    private final List<RuleSet> sets;
    private final List<String> defaultIds;

    RuleSets(List<RuleSet> sets, List<String> defaultIds) {
        this.sets = List.copyOf(sets);
        this.defaultIds = List.copyOf(defaultIds);
    }

    /** The rule sets shipped in this jar ({@value RuleSetLoader#BUNDLED}), loaded once. */
    public static RuleSets bundled() {
        return Bundled.INSTANCE;
    }

    public List<RuleSet> all() {
        return sets;
    }

    public Optional<RuleSet> find(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The set with this id; unknown ids are refused with the list of known ones. */
    public RuleSet byId(String id) {
        return find(id).orElseThrow(() -> new RuleSetException("unknown rule set '" + id + "' (known: " + ids(sets) + ")"));
    }

    /** The sets that take part in date-based defaulting, in index order. */
    public List<RuleSet> defaults() {
        return sets.stream().filter(s -> defaultIds.contains(s.id())).toList();
    }

    /** The default set effective on {@code day}; refused when no default covers that day. */
    public RuleSet defaultFor(LocalDate day) {
        return defaults().stream().filter(s -> s.isEffectiveOn(day)).findFirst()
                .orElseThrow(() -> new RuleSetException("no default rule set is effective on " + day + " (defaults: "
                        + defaults().stream().map(s -> s.id() + " " + s.effectiveRange()).collect(Collectors.joining(", "))
                        + ")"));
    }

    private static String ids(List<RuleSet> sets) {
        return sets.stream().map(RuleSet::id).collect(Collectors.joining(", "));
    }

    private static final class Bundled {
        static final RuleSets INSTANCE = RuleSetLoader.fromClasspath(RuleSetLoader.BUNDLED);
    }
}
