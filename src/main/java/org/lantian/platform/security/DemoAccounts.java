package org.lantian.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The demo accounts of the contract over HTTP Basic, for trying the system
 * only: duty/duty, consult/consult, admin/admin, county-&lt;code&gt;/county for
 * each county, and each registered enterprise id with password "enterprise".
 * On in dev mode and tests; a packaged application has them only with
 * {@code lantian.security.demo-accounts=true} (production signs in with OIDC), see {@link SignInRequired}.
 */
@ApplicationScoped
public class DemoAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final boolean enabled;
    private final TenantDirectory.Counties regions;
    private final TenantDirectory.Enterprises enterprises;

    private final Counter failures;

    DemoAccounts(@ConfigProperty(name = SignInSettings.DEMO_ACCOUNTS, defaultValue = "false") boolean enabled,
                 TenantDirectory.Counties regions, TenantDirectory.Enterprises enterprises, MeterRegistry registry) {
        this.enabled = enabled;
        this.failures = Counter.builder("aq.platform.security.signin-failures")
                .description("sign-ins refused: unknown user or wrong password").register(registry);
        this.regions = regions;
        this.enterprises = enterprises;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String user = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return Uni.createFrom().item(() -> identity(user, password).orElseThrow(() -> {
            failures.increment();
            return new AuthenticationFailedException("unknown user or wrong password");
        }));
    }

    Optional<SecurityIdentity> identity(String user, String password) {
        if (!enabled) {
            return Optional.empty();
        }
        String expected = switch (user) {
            case "duty", "consult", "admin" -> user;
            default -> user.startsWith("county-") ? "county" : "enterprise";
        };
        return same(password, expected) ? account(user, password) : Optional.empty();
    }

    /**
     * The demo account of a name whose password was checked: at sign-in, or earlier when the sign-in form's session
     * cookie (encrypted by Quarkus, so not forgeable) names it ({@link DemoSessions}).
     */
    Optional<SecurityIdentity> account(String user, String password) {
        if (!enabled) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(named(user));
        if (password != null) {
            identity.addCredential(new PasswordCredential(password.toCharArray()));
        }
        switch (user) {
            case "duty" -> {
                return Optional.of(identity.addRole(Roles.DUTY_OFFICER).build());
            }
            case "consult" -> {
                return Optional.of(identity.addRole(Roles.CONSULTATION).build());
            }
            case "admin" -> {
                return Optional.of(identity.addRole(Roles.ADMIN).build());
            }
            default -> {
                if (user.startsWith("county-")) {
                    String county = user.substring("county-".length());
                    return regions.isCounty(county) ? Optional.of(identity.addRole(Roles.COUNTY_OFFICER)
                            .addAttribute(Roles.COUNTY_ATTRIBUTE, county).build()) : Optional.empty();
                }
                if (enterprises.isEnterprise(user)) {
                    return Optional.of(identity.addRole(Roles.ENTERPRISE).addAttribute(Roles.ENTERPRISE_ATTRIBUTE, user).build());
                }
                return Optional.empty();
            }
        }
    }

    /** Compared in constant time: how long a refusal takes says nothing about how much of the password was right. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Principal named(String name) {
        return () -> name;
    }
}
