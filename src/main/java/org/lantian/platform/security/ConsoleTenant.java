package org.lantian.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Which OIDC tenant a request is for. The API is the default tenant, bearer tokens only: a call without a token is a
 * 401, never a redirect to a login page that a script cannot follow. The console's tenant ({@value #CONSOLE},
 * authorization-code flow) takes the requests a browser makes: pages (anything outside {@code /api/} and
 * {@code /q/}), and API calls that carry the console's session cookie and no Authorization header, so that the
 * console's own calls to the API are signed in by its session (and need the CSRF token for writes). Chosen instead of
 * {@code application-type=hybrid}, which would answer an API call without a token with a redirect.
 */
@ApplicationScoped
public class ConsoleTenant implements TenantResolver {

    public static final String CONSOLE = "console";
    /** Quarkus' session cookie of a named tenant; a large session is split into {@code …_chunk_N} cookies. */
    static final String SESSION_COOKIE = "q_session_" + CONSOLE;

    private final boolean enabled;

    ConsoleTenant(@ConfigProperty(name = SignInSettings.CONSOLE, defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String resolve(RoutingContext ctx) {
        if (!enabled || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        String path = ctx.normalizedPath();
        boolean page = !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/");
        return page || hasSession(ctx) ? CONSOLE : null;
    }

    private static boolean hasSession(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}
