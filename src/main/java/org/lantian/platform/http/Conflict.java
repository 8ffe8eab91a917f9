package org.lantian.platform.http;

/** The request is valid but the state does not allow it (a newer version, a rule); mapped to HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message, null, false, false);
    }
}
