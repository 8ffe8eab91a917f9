package org.lantian.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * {@code /login}, the console's "sign in" link: only signed-in requests reach it
 * ({@code quarkus.http.auth.permission.sign-in}), so a visitor is first sent through the sign-in (the OIDC
 * authorization-code flow, whose redirect URI it also is, or the browser's Basic prompt for the demo accounts), then
 * on to the console at {@code /}. Sign-out: {@code /logout} (the OIDC tenant's logout path).
 */
@Singleton
public class SignInPage {

    void install(@Observes Router router) {
        router.get("/login").handler(ctx -> ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/").end());
    }
}
