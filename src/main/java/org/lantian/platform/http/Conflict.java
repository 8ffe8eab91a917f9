package org.lantian.platform.http;

/** The request is valid but the state does not allow it (a newer version, a rule); mapped to HTTP 409. */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String message) {
        this(message, "");
    }

    /** A conflict that a named field of the request can resolve (e.g. an override reason). */
    public Conflict(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
