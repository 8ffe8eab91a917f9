package org.lantian.platform.kafka;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Readiness DOWN while a partition of this instance has had a record in flight for longer than
 * {@code lantian.health.stall-after}: it names the channel, partition and offset, so an operator
 * knows which record to look at (docs/operations.md, "When something is stuck").
 */
@Readiness
@ApplicationScoped
public class ConsumerStallCheck implements HealthCheck {

    private final ConsumerProgress progress;
    private final Duration stallAfter;
    private final MeterRegistry registry;

    ConsumerStallCheck(ConsumerProgress progress, MeterRegistry registry,
                       @ConfigProperty(name = "lantian.health.stall-after", defaultValue = "PT2M") Duration stallAfter) {
        this.progress = progress;
        this.registry = registry;
        this.stallAfter = stallAfter;
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("aq.platform.consumer.stalled", this, c -> c.progress.stalled(c.stallAfter).size())
                .description("partitions whose oldest received record has not been finished within lantian.health.stall-after")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        List<ConsumerProgress.InFlight> stalled = progress.stalled(stallAfter);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumers").status(stalled.isEmpty())
                .withData("stall-after", stallAfter.toString());
        for (ConsumerProgress.InFlight s : stalled) {
            response.withData(s.channel() + " " + s.topic() + "-" + s.partition(),
                    "no progress at offset " + s.offset() + " since " + s.since());
        }
        return response.build();
    }
}
