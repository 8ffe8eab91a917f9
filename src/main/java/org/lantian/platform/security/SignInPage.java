package org.lantian.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * {@code /login}, the console's "sign in" link: only signed-in requests reach it
 * ({@code quarkus.http.auth.permission.sign-in}), so a visitor is first sent through the sign-in (the OIDC
 * authorization-code flow, whose redirect URI it also is, or the browser's Basic prompt for the demo accounts), then
 * on to the console at {@code /}. The demo accounts' form is {@code /signin} (console.ConsolePages). Sign-out:
 * {@code /signout}, which drops the form session and, with OIDC, goes on to {@code /logout} (the tenant's logout path).
 */
@Singleton
public class SignInPage {

    /** The demo sign-in form's session cookie (Quarkus form authentication). */
    static final String FORM_COOKIE = "quarkus-credential";

    private final boolean oidcConsole;

    SignInPage(@ConfigProperty(name = "lantian.security.oidc.console", defaultValue = "false") boolean oidcConsole) {
        this.oidcConsole = oidcConsole;
    }

    void install(@Observes Router router) {
        router.get("/login").handler(ctx -> ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/").end());
        // sign-out: the form session's cookie is dropped; with OIDC the provider's logout follows
        router.get("/signout").handler(ctx -> {
            ctx.response().addCookie(Cookie.cookie(FORM_COOKIE, "").setPath("/").setMaxAge(0));
            ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, oidcConsole ? "/logout" : "/signin").end();
        });
    }
}
