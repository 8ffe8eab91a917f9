package org.lantian.platform.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.lantian.platform.WallClock;

/**
 * Readiness: DOWN when the oldest row due for publishing (not parked, not waiting behind a parked row) is older
 * than {@code lantian.health.stall-after} — the relay is not getting messages out (Kafka unreachable, relay
 * failing every round). Parked rows do not count: {@link OutboxParkedCheck} reports them.
 */
@Readiness
@ApplicationScoped
public class OutboxStallCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final Duration stallAfter;
    private final java.time.Clock clock;

    OutboxStallCheck(OutboxMonitor monitor, @WallClock java.time.Clock clock,
                     @ConfigProperty(name = "lantian.health.stall-after", defaultValue = "PT2M") Duration stallAfter) {
        this.monitor = monitor;
        this.clock = clock;
        this.stallAfter = stallAfter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("outbox").up().withData("stallAfter", stallAfter.toString());
        OutboxState state = monitor.state();
        if (state == null) {
            return health.withData("checked", "not yet").build();
        }
        health.withData("checkedAt", state.checkedAt().toString());
        if (state.checkedAt().isBefore(clock.instant().minus(stallAfter).minus(OutboxMonitor.REFRESH.multipliedBy(3)))) {
            // the periodic look itself keeps failing (log: "Outbox check failed"): what it last saw is no answer
            return health.down().withData("problem", "the outbox could not be looked at since " + state.checkedAt()).build();
        }
        if (state.oldestPending() == null) {
            return health.withData("unpublished", "none").build();
        }
        Duration age = monitor.oldestPendingAge().orElse(Duration.ZERO);
        health.withData("oldestUnpublishedId", state.oldestPending().id())
                .withData("oldestUnpublishedTopic", state.oldestPending().topic())
                .withData("oldestUnpublishedAgeSeconds", age.toSeconds());
        return age.compareTo(stallAfter) > 0 ? health.down().build() : health.build();
    }
}
