package org.lantian.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/** Holds the scope table, read once at start: a malformed table stops the application rather than opening anything. */
@ApplicationScoped
@Startup
public class ScopeTables {

    private final ScopeTable table = ScopeTable.load();

    public ScopeTable table() {
        return table;
    }
}
