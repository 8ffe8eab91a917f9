package org.lantian.demo;

import org.lantian.platform.http.Conflict;
import org.lantian.platform.security.SignInSettings;

/**
 * The episode writes synthetic readings, forecasts and telemetry onto the real input topics, and its orders reach
 * real enterprises' topics: it runs only on an installation for trying Lantian, the one with the demo accounts on.
 */
final class DemoInstallation {

    private DemoInstallation() {
    }

    static void require(SignInSettings signIn) {
        if (!signIn.demoAccounts()) {
            throw new Conflict("the demo episode writes synthetic data onto the real input topics: it runs only where the demo "
                    + "accounts are on (" + SignInSettings.DEMO_ACCOUNTS + "=true), never in production");
        }
    }
}
