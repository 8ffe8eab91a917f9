package org.lantian.reduction.list;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Industry of a listed enterprise; the CSV value is the lower-case {@link #code()}. */
public enum Industry {
    STEEL("steel", "钢铁"),
    COKING("coking", "焦化"),
    CEMENT("cement", "水泥"),
    BRICK("brick", "砖瓦"),
    LIME("lime", "石灰"),
    CASTING("casting", "铸造"),
    CHEMICAL("chemical", "化工"),
    OTHER("other", "其他");

    private final String code;
    private final String chinese;

    Industry(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** Parses a CSV value, case-insensitively ({@code steel}, {@code Steel}, {@code STEEL}). */
    public static Optional<Industry> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.code.equals(t)).findFirst();
    }
}
