package org.lantian.platform.http;

/** A client error that names the offending field; mapped to HTTP 400 {@code {"error", "field"}}. */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
