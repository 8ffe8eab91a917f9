package org.lantian.console;

import java.util.Locale;

import org.lantian.platform.security.Roles;
import org.lantian.platform.security.Scope;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking, for the layout only: which panels the home page shows. What each panel may read or do is
 * decided by its own row of the scope table, never here.
 */
public record ConsoleUser(String name, String county, String enterpriseId, boolean officer, boolean cityOfficer,
                          boolean enterprise, boolean consultation, boolean admin, boolean english) {

    static ConsoleUser of(SecurityIdentity identity, Scope scope, Locale locale) {
        boolean duty = identity.hasRole(Roles.DUTY_OFFICER) || identity.hasRole(Roles.ADMIN);
        boolean county = identity.hasRole(Roles.COUNTY_OFFICER);
        return new ConsoleUser(identity.getPrincipal().getName(), scope.county(), scope.enterpriseId(), duty || county, duty,
                identity.hasRole(Roles.ENTERPRISE), identity.hasRole(Roles.CONSULTATION), identity.hasRole(Roles.ADMIN),
                Labels.english(locale));
    }
}
