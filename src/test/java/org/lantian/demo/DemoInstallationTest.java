package org.lantian.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lantian.platform.http.Conflict;
import org.lantian.platform.security.SignInSettings;

class DemoInstallationTest {

    @Test
    void anInstallationSigningInByOidcOnlyRefusesTheEpisode() {
        assertThatThrownBy(() -> DemoInstallation.require(new SignInSettings(true, false, true)))
                .isInstanceOf(Conflict.class).hasMessageContaining("lantian.security.demo-accounts=true");
    }

    @Test
    void anInstallationWithTheDemoAccountsRunsIt() {
        assertThatCode(() -> DemoInstallation.require(new SignInSettings(false, true, false))).doesNotThrowAnyException();
    }
}
