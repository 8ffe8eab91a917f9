package org.lantian.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * No cross-site writes through a browser session. A bearer token or HTTP Basic credentials are put on a request by
 * whoever sends it; a session cookie (the console's OIDC session, a future form login) is added by the browser to
 * any request to this site, a forged one included. So a write (any method but GET, HEAD, OPTIONS) under {@code /api/}
 * that is signed in without an {@code Authorization} header must carry the header {@value #HEADER} equal to the
 * cookie {@value #COOKIE}, compared in constant time, else 403 naming the header. A page of another site can neither
 * read the cookie nor set the header.
 *
 * <p>The token is signed (double-submit with a signed cookie): a random nonce and an HMAC over it and the signed-in
 * user's name, under {@code lantian.security.csrf.key}, so a cookie planted for another user (from a sibling
 * subdomain) is worthless. It is set (not HttpOnly: the console's script reads it; SameSite=Strict) on every
 * session-signed answer (console pages included) that does not already carry a valid one. Runs just after authorization, so it knows how
 * the request was signed in; {@link WriteMediaTypes} has already required JSON bodies.
 */
@Singleton
public class SessionCsrf {

    public static final String COOKIE = "lantian-csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final ObjectMapper mapper;
    private final Counter refusals;

    SessionCsrf(@ConfigProperty(name = "lantian.security.csrf.key") Optional<String> key, ObjectMapper mapper, MeterRegistry registry) {
        this.key = key.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            // per process: tokens survive no restart and are not shared by instances; the console fetches a new one
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            return generated;
        });
        this.mapper = mapper;
        this.refusals = Counter.builder("aq.platform.security.csrf-refusals")
                .description("session-signed writes refused for a missing or wrong " + HEADER).register(registry);
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHORIZATION - 1);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || ctx.normalizedPath().startsWith("/static/")
                || ctx.normalizedPath().startsWith("/webjars/")) {
            ctx.next();
            return;
        }
        var identity = QuarkusHttpUser.getSecurityIdentity(ctx, null);
        if (identity == null) {
            ctx.next();
            return;
        }
        identity.subscribe().with(id -> decide(ctx, id), ctx::fail);
    }

    private void decide(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            ctx.next();
            return;
        }
        // signed in, with no Authorization header: by a cookie the browser sends by itself
        String user = identity.getPrincipal().getName();
        Cookie cookie = ctx.request().getCookie(COOKIE);
        boolean valid = cookie != null && valid(cookie.getValue(), user);
        if (!valid) {
            ctx.response().addCookie(Cookie.cookie(COOKIE, issue(user)).setPath("/").setSecure(ctx.request().isSSL())
                    .setHttpOnly(false).setSameSite(CookieSameSite.STRICT));
        }
        // console pages only receive the token; the writes they lead to go to /api/ and are checked there
        if (SAFE.contains(ctx.request().method()) || !ctx.normalizedPath().startsWith("/api/")) {
            ctx.next();
            return;
        }
        String header = ctx.request().getHeader(HEADER);
        if (valid && header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            ctx.next();
            return;
        }
        refusals.increment();
        ApiError error = new ApiError(403, "a " + ctx.request().method() + " signed in by a browser session must carry the "
                + HEADER + " header with the value of the " + COOKIE + " cookie"
                + (header == null ? " (none given)" : " (it does not match)"), HEADER);
        try {
            ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String issue(String user) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String n = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return n + "." + mac(n, user);
    }

    boolean valid(String token, String user) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = mac(token.substring(0, dot), user).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String nonce, String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(nonce.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
