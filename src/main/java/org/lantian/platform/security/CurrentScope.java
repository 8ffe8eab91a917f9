package org.lantian.platform.security;

import jakarta.enterprise.context.RequestScoped;

/** The {@link Scope} {@link ScopeFilter} granted to the request in hand; endpoints read it, never the roles. */
@RequestScoped
public class CurrentScope {

    private Scope scope;

    void grant(Scope granted) {
        this.scope = granted;
    }

    public Scope get() {
        if (scope == null) {
            // only reachable if an endpoint runs without the filter: refuse rather than guess
            throw new IllegalStateException("no scope was granted to this request");
        }
        return scope;
    }
}
