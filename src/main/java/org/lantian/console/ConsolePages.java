package org.lantian.console;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.CurrentScope;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The console's pages: the home page with the panels of the signed-in user's roles, and the sign-in form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    private final Template home;
    private final Template signin;
    private final SecurityIdentity identity;
    private final CurrentScope scope;
    private final boolean oidcConsole;

    ConsolePages(@Location("console/home.html") Template home, @Location("console/signin.html") Template signin,
                 SecurityIdentity identity, CurrentScope scope,
                 @ConfigProperty(name = "lantian.security.oidc.console", defaultValue = "false") boolean oidcConsole) {
        this.home = home;
        this.signin = signin;
        this.identity = identity;
        this.scope = scope;
        this.oidcConsole = oidcConsole;
    }

    @GET
    @Operation(summary = "The console: the panels of the signed-in user's roles (a visitor is sent to /signin)")
    public TemplateInstance home(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        var locale = ConsoleLanguage.of(lang);
        return home.data("user", ConsoleUser.of(identity, scope.get(), locale)).setLocale(locale);
    }

    @GET
    @Path("signin")
    @Operation(summary = "The sign-in form (demo accounts), or the link to the identity provider in production")
    public TemplateInstance signin(@QueryParam("failed") boolean failed, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        var locale = ConsoleLanguage.of(lang);
        return signin.data("failed", failed).data("oidc", oidcConsole).data("english", Labels.english(locale))
                .setLocale(locale);
    }
}
