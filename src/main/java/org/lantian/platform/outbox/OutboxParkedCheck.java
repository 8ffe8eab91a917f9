package org.lantian.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Wellness, not readiness: DOWN while outbox rows are parked, naming them. A parked row needs an admin (re-queue
 * after fixing the cause, or discard); restarting or taking instances out of service does not fix it, and since
 * every instance sees the same table, readiness would take them all out — the admin endpoint with them.
 */
@Wellness
@ApplicationScoped
public class OutboxParkedCheck implements HealthCheck {

    private final OutboxMonitor monitor;

    OutboxParkedCheck(OutboxMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("outbox-parked").up();
        OutboxState state = monitor.state();
        if (state == null) {
            return health.withData("checked", "not yet").build();
        }
        health.withData("checkedAt", state.checkedAt().toString()).withData("parked", state.parked());
        for (OutboxState.Parked p : state.firstParked()) {
            health.withData("row " + p.id(), p.topic() + " key " + p.key() + ": " + p.reason());
        }
        return state.parked() > 0 ? health.down().build() : health.build();
    }
}
