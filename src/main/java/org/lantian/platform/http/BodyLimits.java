package org.lantian.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request-body limit, per request: {@code lantian.http.max-json-body} for every request except the endpoints
 * with a {@link LargerBodyLimit} (the CSV import). Quarkus' {@code quarkus.http.limits.max-body-size} is one
 * global number, so it is set to the largest limit (the CSV import's) and enforces that one for every body,
 * declared or chunked, as the bytes arrive. The smaller JSON limit is enforced twice here: a declared
 * Content-Length over it is refused by this route at once, before authentication and without reading the body;
 * a chunked body (no Content-Length) is counted by {@link BodyLimitReader} when the endpoint reads it. Answer:
 * 413 with an {@link ApiError} naming the limit and its setting.
 */
@Singleton
public class BodyLimits {

    static final String JSON_SETTING = "lantian.http.max-json-body";

    private final Limit json;
    private final List<Map.Entry<LargerBodyLimit, Limit>> larger;
    private final ObjectMapper mapper;

    BodyLimits(@ConfigProperty(name = JSON_SETTING, defaultValue = "256K") MemorySize jsonMax,
               Instance<LargerBodyLimit> larger, ObjectMapper mapper) {
        this.json = new Limit(jsonMax.asLongValue(), JSON_SETTING);
        this.larger = larger.stream().map(l -> Map.entry(l, new Limit(l.maxBytes(), l.setting()))).toList();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        // first thing after Quarkus' own bookkeeping routes: before authentication and before any body is read
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(this::declared);
    }

    /** Refuses a declared Content-Length over the limit before a byte of the body is read. */
    private void declared(RoutingContext ctx) {
        Limit limit = limitOf(ctx.request().method().name(), ctx.normalizedPath());
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > limit.bytes()) {
            tooLarge(ctx, limit);
            return;
        }
        ctx.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void tooLarge(RoutingContext ctx, Limit limit) {
        ApiError error = new ApiError(413, limit.message(), "");
        String json;
        try {
            json = mapper.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(json);
    }

    /** The limit for a request: a {@link LargerBodyLimit}'s if one applies, otherwise the JSON limit. */
    Limit limitOf(String method, String path) {
        for (Map.Entry<LargerBodyLimit, Limit> l : larger) {
            if (l.getKey().applies(method, path)) {
                return l.getValue();
            }
        }
        return json;
    }

    record Limit(long bytes, String setting) {

        String message() {
            return "request body larger than " + bytes + " bytes (" + setting + ")";
        }
    }
}
