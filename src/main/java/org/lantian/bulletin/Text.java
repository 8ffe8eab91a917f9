package org.lantian.bulletin;

/** A text of the bulletin in its two languages: Chinese (the default) and English. */
public record Text(String zh, String en) {

    /** The text in {@code lang} ({@code en}, else Chinese). */
    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }
}
