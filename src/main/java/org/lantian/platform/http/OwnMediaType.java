package org.lantian.platform.http;

/**
 * An endpoint that takes another media type than JSON for its writes (the CSV import of the reduction
 * list). A CDI bean; {@link WriteMediaTypes} asks every one of them.
 */
public interface OwnMediaType {

    /** Whether this request (method, path without query) is the endpoint's. */
    boolean applies(String method, String path);

    /** The one media type it accepts, e.g. {@code text/csv}. */
    String mediaType();
}
