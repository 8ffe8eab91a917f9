package org.lantian.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.directive.DirectiveQueries;
import org.lantian.platform.security.CurrentScope;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** An enterprise's own orders, current and past, each with its measures and the acknowledge button. */
@Path("/console/my-orders")
@Produces(MediaType.TEXT_HTML)
public class EnterprisePanel {

    private static final int SHOWN = 200;

    private final Template orders;
    private final DirectiveQueries directives;
    private final CurrentScope scope;
    private final Clock clock;

    EnterprisePanel(@Location("console/orders.html") Template orders, DirectiveQueries directives, CurrentScope scope,
                    Clock clock) {
        this.orders = orders;
        this.directives = directives;
        this.scope = scope;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Console: the signed-in enterprise's orders, newest first, with measures and acknowledgement")
    public Uni<TemplateInstance> list(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the scope table grants this panel to enterprises only, so the scope always names one
        return directives.ofEnterprise(scope.get().confinedEnterprise(), SHOWN)
                .map(list -> orders.data("orders", list.stream().map(d -> ConsoleViews.order(d, now, locale)).toList())
                        .data("enterpriseView", true).setLocale(locale));
    }
}
