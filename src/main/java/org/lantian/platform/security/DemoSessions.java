package org.lantian.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * The demo sign-in form's session: Quarkus form authentication signs the user in once with the password
 * ({@link DemoAccounts}) and then presents the name from its encrypted cookie; this gives it the same roles and
 * tenant again. Off with the demo accounts.
 */
@ApplicationScoped
public class DemoSessions implements IdentityProvider<TrustedAuthenticationRequest> {

    private final DemoAccounts accounts;

    DemoSessions(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(() -> accounts.account(request.getPrincipal(), null)
                .orElseThrow(() -> new AuthenticationFailedException("the session names no demo account")));
    }
}
