package org.lantian.platform.http;

/** The body of every 4xx answer: what is wrong and, where it applies, which field. */
public record ApiError(int status, String error, String field) {
}
