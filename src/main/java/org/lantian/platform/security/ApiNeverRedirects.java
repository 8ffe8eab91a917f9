package org.lantian.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * An API call is never sent to a login page, not even one that carries a console session cookie that has expired or
 * was signed out (ConsoleTenant then picks the console's tenant, whose answer to a missing session is a redirect).
 * For the console tenant every {@code /api/} call counts as a script's ({@code java-script-auto-redirect=false}):
 * Quarkus answers 499 instead of redirecting, and this turns that 499 into the API's 401, as for any other call
 * without valid credentials. The same for the demo sign-in form's challenge (a redirect to {@code /signin}), which
 * Quarkus picks for a call without credentials once form sign-in is on. The console's script answers a 401 by going
 * to the sign-in page.
 */
@ApplicationScoped
public class ApiNeverRedirects implements JavaScriptRequestChecker {

    /** Quarkus' status for "a script would have been redirected to sign in". */
    private static final int SCRIPT_WOULD_REDIRECT = 499;
    /** quarkus.http.auth.form.login-page */
    private static final String FORM_PAGE = "/signin";

    @Override
    public boolean isJavaScriptRequest(RoutingContext ctx) {
        return api(ctx) || "JavaScript".equals(ctx.request().getHeader("X-Requested-With"));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(ctx -> {
            if (api(ctx)) {
                ctx.addHeadersEndHandler(v -> {
                    if (ctx.response().getStatusCode() == SCRIPT_WOULD_REDIRECT) {
                        ctx.response().setStatusCode(401).setStatusMessage("Unauthorized");
                        ctx.response().headers().set("WWW-Authenticate", "Bearer");
                    } else if (toSignInForm(ctx)) {
                        // the demo sign-in form's challenge: an API caller is asked for credentials instead
                        ctx.response().setStatusCode(401).setStatusMessage("Unauthorized");
                        ctx.response().headers().remove("Location");
                        ctx.response().removeCookie("quarkus-redirect-location", false);
                        ctx.response().headers().set("WWW-Authenticate", "Basic realm=\"Quarkus\"");
                    }
                });
            }
            ctx.next();
        });
    }

    private static boolean toSignInForm(RoutingContext ctx) {
        String location = ctx.response().headers().get("Location");
        return ctx.response().getStatusCode() == 302 && location != null && location.endsWith(FORM_PAGE);
    }

    private static boolean api(RoutingContext ctx) {
        return ctx.normalizedPath().startsWith("/api/");
    }
}
