package org.lantian.platform.http;

/** Signed in, but not allowed to act on this region or subject; mapped to HTTP 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message, null, false, false);
    }
}
