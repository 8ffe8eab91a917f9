package org.lantian.platform.http;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * No cross-site writes, in one place: a POST to {@code /api/} must declare {@code application/json} (or
 * the media type of an {@link OwnMediaType} endpoint, the CSV import's {@code text/csv}). A browser sends
 * a POST with {@code text/plain}, a form encoding, multipart or no body type at all to any site without
 * asking first (a CORS "simple request"), together with the user's cached credentials; a JSON POST
 * needs a preflight that Lantian never grants. PUT, PATCH and DELETE are always preflighted. 415 otherwise.
 */
@Singleton
public class WriteMediaTypes {

    private static final String JSON = "application/json";

    private final List<OwnMediaType> others;
    private final ObjectMapper mapper;

    WriteMediaTypes(Instance<OwnMediaType> others, ObjectMapper mapper) {
        this.others = others.stream().toList();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        // with the body limits: before authentication and before any body is read
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (ctx.request().method() != HttpMethod.POST || !path.startsWith("/api/")) {
            ctx.next();
            return;
        }
        String expected = expected(path);
        String given = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (expected.equals(given)) {
            ctx.next();
            return;
        }
        ApiError error = new ApiError(415, "a POST to " + path + " must carry Content-Type: " + expected
                + (given.isEmpty() ? " (none given)" : " (not " + given + ")"), "Content-Type");
        try {
            ctx.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(mapper.writeValueAsString(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String expected(String path) {
        for (OwnMediaType other : others) {
            if (other.applies("POST", path)) {
                return other.mediaType();
            }
        }
        return JSON;
    }

    /** The media type without its parameters ({@code charset=…}), in lower case; empty when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
