package org.lantian.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * An OIDC sign-in becomes the same identity as a demo sign-in: the contract's role names from
 * {@code lantian.security.oidc.roles-claim} (names Lantian does not know are dropped), and for a county officer the
 * {@code county} attribute from {@code lantian.security.oidc.county-claim}, for an enterprise the {@code enterpriseId}
 * attribute from {@code lantian.security.oidc.enterprise-claim}. The roles are these claims' alone: whatever Quarkus
 * read from its own default claims is replaced, so there is one place that decides.
 *
 * <p>Never widened: a county officer without exactly one county of this city, or an enterprise without exactly one
 * enterprise id, is refused whole (401), not let in with the role and a missing attribute that code reading it might
 * take for "everything". Refusals are logged (the provider is misconfigured) and counted in
 * {@code aq.platform.security.token-refusals}.
 *
 * <p>The claims are read from the token the identity stands on: the access token for a bearer call, the ID token for
 * a console session ({@code deploy/keycloak/lantian-realm.json} puts them in both).
 */
@ApplicationScoped
public class ClaimMapping implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(ClaimMapping.class);
    private static final Set<String> KNOWN = Set.of(Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER, Roles.ENTERPRISE,
            Roles.CONSULTATION, Roles.ADMIN);

    private final ClaimPath roles;
    private final ClaimPath county;
    private final ClaimPath enterprise;
    private final TenantDirectory.Counties regions;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    ClaimMapping(@ConfigProperty(name = "lantian.security.oidc.roles-claim", defaultValue = "realm_access/roles") String roles,
                 @ConfigProperty(name = "lantian.security.oidc.county-claim", defaultValue = "county") String county,
                 @ConfigProperty(name = "lantian.security.oidc.enterprise-claim", defaultValue = "enterprise_id") String enterprise,
                 TenantDirectory.Counties regions, ObjectMapper mapper, MeterRegistry registry) {
        this.roles = ClaimPath.of("lantian.security.oidc.roles-claim", roles);
        this.county = ClaimPath.of("lantian.security.oidc.county-claim", county);
        this.enterprise = ClaimPath.of("lantian.security.oidc.enterprise-claim", enterprise);
        this.regions = regions;
        this.mapper = mapper;
        this.registry = registry;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !fromOidc(identity)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(() -> map(identity));
    }

    private static boolean fromOidc(SecurityIdentity identity) {
        return identity.getCredential(AccessTokenCredential.class) != null || identity.getCredential(IdTokenCredential.class) != null;
    }

    SecurityIdentity map(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null) {
            // an opaque (introspected) token: no claims to read the county or enterprise from
            throw refused("opaque-token", identity.getPrincipal().getName(), "the token is not a JWT");
        }
        JsonNode claims = claims(jwt.getRawToken());
        Set<String> granted = new LinkedHashSet<>();
        for (String role : roles.values(claims)) {
            if (KNOWN.contains(role)) {
                granted.add(role);
            }
        }
        QuarkusSecurityIdentity.Builder mapped = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .addRoles(granted);
        String name = jwt.getName();
        if (granted.contains(Roles.COUNTY_OFFICER)) {
            String code = single(county, claims, "county", name);
            if (!regions.isCounty(code)) {
                throw refused("county-unknown", name, "county-officer whose " + county + " claim " + code + " is no county of this city");
            }
            mapped.addAttribute(Roles.COUNTY_ATTRIBUTE, code);
        }
        if (granted.contains(Roles.ENTERPRISE)) {
            mapped.addAttribute(Roles.ENTERPRISE_ATTRIBUTE, single(enterprise, claims, "enterprise", name));
        }
        return mapped.build();
    }

    private String single(ClaimPath path, JsonNode claims, String what, String name) {
        List<String> values = path.values(claims);
        if (values.isEmpty()) {
            throw refused(what + "-missing", name, "the token gives the role but no " + path + " claim (" + path.setting() + ")");
        }
        if (values.size() > 1) {
            throw refused(what + "-ambiguous", name, "the token's " + path + " claim names " + values.size() + " values, not one");
        }
        return values.get(0);
    }

    /** The token's claims as JSON. Quarkus has verified the token (signature, issuer, expiry) before any augmentor runs. */
    private JsonNode claims(String rawToken) {
        String[] parts = rawToken.split("\\.");
        if (parts.length < 2) {
            throw refused("opaque-token", "?", "the token is not a JWT");
        }
        try {
            return mapper.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw refused("unreadable-claims", "?", "the token's claims are not JSON");
        }
    }

    private AuthenticationFailedException refused(String reason, String name, String why) {
        Counter.builder("aq.platform.security.token-refusals")
                .description("validly signed tokens refused because their claims do not make a Lantian identity")
                .tag("reason", reason).register(registry).increment();
        LOG.warnf("Sign-in of %s refused: %s", name, why);
        return new AuthenticationFailedException("token refused: " + why);
    }
}
