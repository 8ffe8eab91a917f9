package org.lantian.platform.http;

/**
 * An endpoint that needs a larger request body than {@code lantian.http.max-json-body} (e.g. the CSV import
 * of the reduction list). A CDI bean; {@link BodyLimits} asks every one of them. The global
 * {@code quarkus.http.limits.max-body-size} must be at least the largest of these limits.
 */
public interface LargerBodyLimit {

    /** Whether this request (method, path without query) is the endpoint's. */
    boolean applies(String method, String path);

    long maxBytes();

    /** The setting that gives {@link #maxBytes()}, named in the 413 answer. */
    String setting();
}
