package org.lantian.console;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.compliance.Finding;
import org.lantian.compliance.FindingQueries;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.Roles;
import org.lantian.platform.security.Scope;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Compliance findings within the caller's scope, open first: officers confirm or dismiss them with a reason (through
 * the JSON API, like every console write); consultation members read them; an enterprise sees its own.
 */
@Path("/console/findings")
@Produces(MediaType.TEXT_HTML)
public class FindingsPanel {

    private static final int SHOWN = 200;

    /** One finding as the panel shows it. */
    record FindingCard(String id, String enterpriseId, String regionCode, String rule, String meter, String outcome, String status,
                       String firstHour, String lastViolation, String closedAt, int violatingHours, String unit, String lastValue,
                       String threshold, String baseline, String note, String decision, String decidedBy, String decisionReason,
                       boolean decidable) {
    }

    private final Template findings;
    private final FindingQueries queries;
    private final CurrentScope scope;
    private final SecurityIdentity identity;

    FindingsPanel(@Location("console/findings.html") Template findings, FindingQueries queries, CurrentScope scope,
                  SecurityIdentity identity) {
        this.findings = findings;
        this.queries = queries;
        this.scope = scope;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Console: compliance findings in scope, open first, with their evidence and (officers) the decision form")
    public Uni<TemplateInstance> list(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        Scope within = scope.get();
        // the decision form for those the scope table lets decide (duty and county officers); the API checks again
        boolean officer = identity.hasRole(Roles.DUTY_OFFICER) || identity.hasRole(Roles.COUNTY_OFFICER);
        return queries.list(within.confinedCounty(), within.confinedEnterprise(), null, SHOWN)
                .map(list -> findings.data("findings", list.stream().map(f -> card(f, officer)).toList())
                        .data("enterpriseView", within.confinedEnterprise() != null).setLocale(locale));
    }

    static FindingCard card(Finding f, boolean officer) {
        List<Finding.EvidenceHour> hours = f.evidence().hours();
        Finding.EvidenceHour last = hours.isEmpty() ? null : hours.get(hours.size() - 1);
        return new FindingCard(f.findingId(), f.enterpriseId(), f.regionCode(), f.rule().name(), f.meter(), f.outcome().name(),
                f.status().name(), ConsoleViews.time(f.firstHour()), f.lastViolation() == null ? "" : ConsoleViews.time(f.lastViolation()),
                f.closedAt() == null ? "" : ConsoleViews.time(f.closedAt()), f.violatingHours(), f.evidence().unit(),
                last == null || last.value() == null ? "—" : String.valueOf(last.value()),
                last == null || last.threshold() == null ? "—" : String.valueOf(last.threshold()),
                last == null || last.baseline() == null ? "—" : String.valueOf(last.baseline()),
                last == null ? null : last.note(), f.decision(), f.decidedBy(), f.decisionReason(), officer);
    }
}
