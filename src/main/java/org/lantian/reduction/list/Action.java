package org.lantian.reduction.list;

import java.util.Locale;
import java.util.Optional;

/**
 * What a measure orders. {@link #contractName()} is the name used in the industrial directive's {@code measures[]}
 * ({@code aq.directive.industrial.v1}, contract.md); the CSV accepts either name and exports the enum name.
 */
public enum Action {
    /** Stop the line (or the whole enterprise when no line is named). */
    STOP("STOP"),
    /** Limit production to {@code limitPercent} % of the baseline (0 &lt; limitPercent &lt; 100). */
    LIMIT_PERCENT("LIMIT"),
    /** Extend the coking time by {@code hours} (coking only). */
    EXTEND_COKING_TIME("EXTEND_COKING_TIME"),
    /** Stop outdoor material handling (露天物料装卸). */
    STOP_OUTDOOR_HANDLING("STOP_OUTDOOR_MATERIAL_HANDLING"),
    /** No road transport of materials and products. */
    NO_ROAD_TRANSPORT("NO_ROAD_TRANSPORT"),
    /** No China-IV-or-older heavy diesel trucks. */
    NO_CHINA_IV_TRUCKS("NO_CHINA_IV_OR_OLDER_TRUCKS"),
    /** Voluntary reduction (A-grade and leading enterprises). */
    VOLUNTARY("VOLUNTARY");

    private final String contractName;

    Action(String contractName) {
        this.contractName = contractName;
    }

    public String contractName() {
        return contractName;
    }

    /** Parses a CSV value case-insensitively: the enum name or the directive contract's name. */
    public static Optional<Action> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Action a : values()) {
            if (a.name().equals(t) || a.contractName.equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
