package org.lantian.platform.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Start-up refuses a configuration in which nobody could sign in: neither OIDC nor the demo accounts. And it
 * warns, loudly, when the demo accounts are on.
 *
 * <p>Why this hook: it must fire before anything else can fail first, above all before Flyway tries the database
 * (a packaged application started without settings has no database either, and "connection refused" would hide
 * the real omission). Flyway migrates in Quarkus' runtime-init steps, which all run before {@code StartupEvent};
 * {@code @Initialized(ApplicationScoped.class)} is fired when the CDI container starts, in static init, before
 * every runtime-init step. In JVM mode static init runs at launch with the full configuration (environment,
 * system properties, {@code .env}, {@code config/application.properties}, the profile), checked by
 * {@code PackagedSignInIT}. Not in {@code LantianMain}: there the profile and Quarkus' configuration sources
 * are not known yet (and tests never call it).
 */
@Singleton
public class SignInRequired {

    private static final Logger LOG = Logger.getLogger(SignInRequired.class);

    static final String NOBODY_CAN_SIGN_IN = "No sign-in is configured, so nobody could use Lantian. Set "
            + SignInSettings.OIDC_SERVER + " (" + SignInSettings.OIDC_SERVER_ENV + ") to the realm of your OpenID Connect "
            + "provider, e.g. https://sso.example.org/realms/lantian; or, for trying Lantian only, "
            + SignInSettings.DEMO_ACCOUNTS + "=true (" + SignInSettings.DEMO_ACCOUNTS_ENV + "=true) for the demo accounts. "
            + "See docs/operations.md, \"Sign-in\".";

    static final String DEMO_ACCOUNTS_ON = "Demo accounts are ON (" + SignInSettings.DEMO_ACCOUNTS + "=true): anyone who "
            + "knows the published demo passwords (duty/duty, admin/admin, ...) signs in over HTTP Basic. For trying Lantian "
            + "only; production signs in with OIDC (" + SignInSettings.OIDC_SERVER + ").";

    static final String CONSOLE_WITHOUT_OIDC = SignInSettings.CONSOLE + "=true needs OIDC: set " + SignInSettings.OIDC_SERVER
            + " (" + SignInSettings.OIDC_SERVER_ENV + ") to the realm the console signs in with, or leave the console's sign-in off.";

    static void atStart(@Observes @Initialized(ApplicationScoped.class) Object container) {
        SignInSettings settings = SignInSettings.of(ConfigProvider.getConfig());
        Optional<String> refusal = refusal(settings);
        if (refusal.isPresent()) {
            LOG.error(refusal.get());
            throw new ConfigurationException(refusal.get(),
                    Set.of(SignInSettings.OIDC_SERVER, SignInSettings.DEMO_ACCOUNTS, SignInSettings.CONSOLE));
        }
        if (settings.demoAccounts()) {
            LOG.warn(DEMO_ACCOUNTS_ON);
        }
        LOG.infof("Sign-in: OIDC bearer tokens %s, console code flow %s, demo accounts %s",
                settings.oidc() ? "on" : "off", settings.oidc() && settings.console() ? "on" : "off",
                settings.demoAccounts() ? "ON" : "off");
    }

    /** Why this configuration must not start, if it must not. */
    static Optional<String> refusal(SignInSettings settings) {
        if (!settings.any()) {
            return Optional.of(NOBODY_CAN_SIGN_IN);
        }
        if (settings.console() && !settings.oidc()) {
            return Optional.of(CONSOLE_WITHOUT_OIDC);
        }
        return Optional.empty();
    }
}
