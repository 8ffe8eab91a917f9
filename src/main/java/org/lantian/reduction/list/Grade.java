package org.lantian.reduction.list;

import java.util.Locale;
import java.util.Optional;

/** Performance grade (绩效分级). */
public enum Grade {
    A,
    /** 引领性企业 (leading enterprise). */
    LEADING,
    B,
    /** B− (B-minus). */
    B_MINUS,
    C,
    D,
    /** 非分级企业 (not graded). */
    NON_GRADED;

    /**
     * Parses a CSV value case-insensitively. Besides the enum names, {@code B-} and {@code B−} are accepted for
     * {@link #B_MINUS}; export always writes the enum name.
     */
    public static Optional<Grade> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("B-") || t.equals("B−")) {
            return Optional.of(B_MINUS);
        }
        for (Grade g : values()) {
            if (g.name().equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
