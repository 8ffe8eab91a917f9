package org.lantian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sign-in configurations may start (the packaged application's refusal itself: PackagedSignInIT). */
class SignInRequiredTest {

    @Test
    void neitherOidcNorDemoAccountsIsRefusedNamingBothSettings() {
        assertThat(SignInRequired.refusal(new SignInSettings(false, false, false))).hasValueSatisfying(m -> assertThat(m)
                .contains("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "lantian.security.demo-accounts=true", "LANTIAN_SECURITY_DEMO_ACCOUNTS=true"));
    }

    @Test
    void eitherWayInIsEnough() {
        assertThat(SignInRequired.refusal(new SignInSettings(true, false, false))).isEmpty();
        assertThat(SignInRequired.refusal(new SignInSettings(false, true, false))).isEmpty();
        assertThat(SignInRequired.refusal(new SignInSettings(true, true, true))).isEmpty();
    }

    @Test
    void theConsolesSignInWithoutOidcIsRefused() {
        assertThat(SignInRequired.refusal(new SignInSettings(false, true, true)))
                .hasValueSatisfying(m -> assertThat(m).contains("lantian.security.oidc.console=true needs OIDC"));
    }
}
