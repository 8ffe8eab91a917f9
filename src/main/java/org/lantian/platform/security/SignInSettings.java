package org.lantian.platform.security;

import org.eclipse.microprofile.config.Config;

/**
 * How this start signs people in, read from the settings alone (no bean, so that {@link SignInRequired} can use it
 * before anything else has started): OIDC when the provider is named, the demo accounts when switched on.
 */
public record SignInSettings(boolean oidc, boolean demoAccounts, boolean console) {

    public static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
    public static final String OIDC_SERVER_ENV = "QUARKUS_OIDC_AUTH_SERVER_URL";
    public static final String DEMO_ACCOUNTS = "lantian.security.demo-accounts";
    public static final String DEMO_ACCOUNTS_ENV = "LANTIAN_SECURITY_DEMO_ACCOUNTS";
    public static final String CONSOLE = "lantian.security.oidc.console";

    public static SignInSettings of(Config config) {
        boolean server = config.getOptionalValue(OIDC_SERVER, String.class).filter(s -> !s.isBlank()).isPresent();
        boolean tenantOn = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true);
        return new SignInSettings(server && tenantOn,
                config.getOptionalValue(DEMO_ACCOUNTS, Boolean.class).orElse(false),
                config.getOptionalValue(CONSOLE, Boolean.class).orElse(false));
    }

    public boolean any() {
        return oidc || demoAccounts;
    }
}
