package org.lantian.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;

/** Holds the scope table, read once at start: a malformed table stops the application rather than opening anything. */
@ApplicationScoped
@Startup
public class ScopeTables {

    private final ScopeTable table = ScopeTable.load();

    public ScopeTable table() {
        return table;
    }

    /**
     * The scope the table would grant a signed-in identity on an endpoint, without granting it: what a page may offer
     * (a form is shown only where its action would be allowed; the action is still checked when it is taken).
     */
    public Optional<Scope> offered(SecurityIdentity identity, String method, String path) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return table.rule(method, path).flatMap(rule -> {
            Reach reach = rule.reachOf(identity.getRoles());
            String county = ScopeFilter.attribute(identity, Roles.COUNTY_ATTRIBUTE);
            String enterprise = ScopeFilter.attribute(identity, Roles.ENTERPRISE_ATTRIBUTE);
            if (reach == Reach.NONE || reach == Reach.OWN_COUNTY && county == null || reach == Reach.OWN_ENTERPRISE && enterprise == null) {
                return Optional.empty();
            }
            return Optional.of(new Scope(identity.getPrincipal().getName(), reach, county, enterprise, rule.endpoint()));
        });
    }
}
