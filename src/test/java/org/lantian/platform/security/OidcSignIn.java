package org.lantian.platform.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * OIDC on, against the WireMock provider of {@code quarkus-test-oidc-server} (its realm "quarkus", issuer
 * {@code https://server.example.com}, its signing key {@code privateKey.jwk}): bearer tokens for the API, the console's
 * code flow. Everything else as in production's defaults (roles from {@code realm_access/roles}, county from
 * {@code county}, enterprise from {@code enterprise_id}); the demo accounts stay on as in every test.
 */
public class OidcSignIn implements QuarkusTestProfile {

    static final String ISSUER = "https://server.example.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "lantian.security.oidc.console", "true",
                "quarkus.oidc.console.credentials.secret", "console-secret-console-secret-console-secret");
    }
}
