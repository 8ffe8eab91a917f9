package org.lantian.platform.http;

/**
 * Bounds for free strings in request bodies, the same rules as the Kafka schemas: a length in characters
 * (Unicode code points, as JSON Schema's {@code maxLength} counts) and no control characters. Multi-line
 * text (reasons, notes) may contain line breaks and tabs, because officers paste paragraphs; a one-line
 * value (names, ids) may not. Violations are {@link BadRequest}s naming the field.
 */
public final class TextInput {

    /** Reasons, override reasons, notes. */
    public static final int TEXT_MAX = 2_000;
    /** Names, issuers, signatures. */
    public static final int NAME_MAX = 200;
    /** Codes and ids. */
    public static final int ID_MAX = 128;

    private TextInput() {
    }

    /** One line: no control character at all (U+0000–U+001F, U+007F). Null passes (optional fields). */
    public static String line(String field, String value, int max) {
        return check(field, value, max, false);
    }

    /** Multi-line text: line feed, carriage return and tab allowed, other control characters not. */
    public static String text(String field, String value, int max) {
        return check(field, value, max, true);
    }

    private static String check(String field, String value, int max, boolean multiLine) {
        if (value == null) {
            return null;
        }
        // the length test first: cheap, and it keeps the message short for huge values
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new BadRequest(field, field + " is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new BadRequest(field, field + " contains the control character U+%04X at position %d%s"
                        .formatted((int) c, i, multiLine ? " (only line breaks and tabs are allowed)" : ""));
            }
        }
        return value;
    }
}
