package org.lantian.warning;

import org.lantian.platform.security.Scope;
import org.lantian.platform.security.Target;

/** Who acts: a city duty officer (any region) or a county officer (own county only), as the scope table grants. */
public record Officer(String name, Scope scope) {

    public static Officer of(Scope scope) {
        return new Officer(scope.actor(), scope);
    }

    public boolean city() {
        return scope.all();
    }

    /** Refused (and logged ACCESS_DENIED) outside the officer's reach. */
    public void requireMayAct(String regionCode, String warningId) {
        scope.require(new Target(warningId == null ? "region" : "warning", warningId == null ? regionCode : warningId,
                regionCode, null));
    }
}
