package org.lantian.warning;

import org.lantian.platform.http.Forbidden;
import org.lantian.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Who acts: a city duty officer (any region) or a county officer (own county only). */
public record Officer(String name, boolean city, String county) {

    public static Officer of(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.DUTY_OFFICER)) {
            return new Officer(name, true, null);
        }
        if (identity.hasRole(Roles.COUNTY_OFFICER)) {
            return new Officer(name, false, identity.getAttribute(Roles.COUNTY_ATTRIBUTE));
        }
        throw new Forbidden(name + " is not a duty officer");
    }

    public void requireMayAct(String regionCode) {
        if (!city && !regionCode.equals(county)) {
            throw new Forbidden(name + " is the officer of county " + county + ", not of region " + regionCode);
        }
    }
}
