package org.lantian.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.Wellness;

/**
 * How people sign in, on {@code /q/health} (a wellness check, like {@code outbox-parked}: something for an operator
 * to see, never a reason for a probe to take the instance out of the load balancer, so readiness stays as it is):
 * always UP, with a {@code warning} while the demo accounts are on, and the gauge
 * {@code aq.platform.security.demo-accounts} (1 while on) to alert on.
 */
@Wellness
@Startup
@ApplicationScoped
public class SignInHealth implements HealthCheck {

    private final SignInSettings settings;

    SignInHealth(MeterRegistry registry) {
        this.settings = SignInSettings.of(ConfigProvider.getConfig());
        Gauge.builder("aq.platform.security.demo-accounts", () -> settings.demoAccounts() ? 1 : 0)
                .description("1 while the demo accounts (HTTP Basic, published passwords) are on").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sign-in").up()
                .withData("oidc", settings.oidc() ? "on" : "off")
                .withData("console-code-flow", settings.oidc() && settings.console() ? "on" : "off")
                .withData("demo-accounts", settings.demoAccounts() ? "on" : "off");
        if (settings.demoAccounts()) {
            response.withData("warning", SignInRequired.DEMO_ACCOUNTS_ON);
        }
        return response.build();
    }
}
