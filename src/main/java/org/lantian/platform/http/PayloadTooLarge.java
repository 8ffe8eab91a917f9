package org.lantian.platform.http;

/** A request body over its limit; mapped to HTTP 413 naming the limit and its setting. */
public class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(String message) {
        super(message, null, false, false);
    }
}
