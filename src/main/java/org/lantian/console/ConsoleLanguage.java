package org.lantian.console;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The console's language: Chinese unless the {@value #COOKIE} cookie says English. {@code /lang/en} and
 * {@code /lang/zh} set it and go back to the page (no sign-in needed: it changes nothing but the words).
 */
@Singleton
public class ConsoleLanguage {

    static final String COOKIE = "lantian-lang";

    static Locale of(String cookie) {
        return "en".equals(cookie) ? Locale.ENGLISH : Locale.CHINESE;
    }

    void install(@Observes Router router) {
        router.get("/lang/:code").handler(ctx -> {
            String code = "en".equals(ctx.pathParam("code")) ? "en" : "zh";
            ctx.response().addCookie(Cookie.cookie(COOKIE, code).setPath("/").setSameSite(CookieSameSite.LAX)
                    .setMaxAge(365L * 24 * 3600));
            String back = ctx.request().getHeader(HttpHeaders.REFERER);
            // back to the page it came from on this site only, never to another origin
            String target = back != null && back.startsWith(origin(ctx.request().scheme(), ctx.request().authority() == null
                    ? "" : ctx.request().authority().toString())) ? back : "/";
            ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, target).end();
        });
    }

    private static String origin(String scheme, String authority) {
        return scheme + "://" + authority + "/";
    }
}
