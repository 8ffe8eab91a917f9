package org.lantian.platform.security;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Tokens as the provider would issue them: signed with the WireMock provider's key (kid 1, published on its JWKS
 * endpoint), for the API's audience, realm roles in {@code realm_access.roles} as Keycloak puts them.
 */
public final class Tokens {

    public static final String API = "lantian-api";
    public static final String CONSOLE = "lantian-console";

    private Tokens() {
    }

    public static JwtClaimsBuilder claims(String user, String audience, List<String> roles) {
        return Jwt.claims().issuer(OidcSignIn.ISSUER).audience(audience).subject("sub-" + user).preferredUserName(user)
                .claim("realm_access", Map.of("roles", roles));
    }

    public static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A bearer token for the API with these roles, and whatever else {@code more} adds. */
    public static String bearer(String user, List<String> roles, UnaryOperator<JwtClaimsBuilder> more) {
        return signed(more.apply(claims(user, API, roles)));
    }

    public static String bearer(String user, String role) {
        return bearer(user, List.of(role), c -> c);
    }

    /** Valid in every respect but its expiry, an hour ago. */
    public static String expired(String user, String role) {
        Instant now = Instant.now();
        return signed(claims(user, API, List.of(role)).issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)));
    }

    /** Valid in every respect but its signature: made with a key of its own under the provider's key id. */
    public static String signedByAnotherKey(String user, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey other = generator.generateKeyPair().getPrivate();
            return claims(user, API, List.of(role)).jws().keyId("1").sign(other);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
