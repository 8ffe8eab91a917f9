package org.lantian.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Publishes the held region-hours whose grace has passed (business time): the stations that never reported are not
 * waited for any longer. Every {@code lantian.monitoring.region-hour-release-interval}; one transaction per region.
 */
@ApplicationScoped
public class RegionHourRelease {

    private static final Logger LOG = Logger.getLogger(RegionHourRelease.class);
    /** Region-hours looked at per run: a backlog is worked off over several runs. */
    static final int BATCH = 2000;

    private final RegionAqiStore store;
    private final RegionAqiAggregator aggregator;
    private final MonitoringSettings settings;
    private final Vertx vertx;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    RegionHourRelease(RegionAqiStore store, RegionAqiAggregator aggregator, MonitoringSettings settings, Vertx vertx, Clock clock) {
        this.store = store;
        this.aggregator = aggregator;
        this.settings = settings;
        this.vertx = vertx;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.regionHourReleaseInterval().toMillis(), id -> {
            // one run at a time: a slow one is not overtaken by the next tick
            if (running.compareAndSet(false, true)) {
                release().eventually(() -> running.set(false)).subscribe().with(n -> { },
                        e -> LOG.warnf("Region-hour release failed: %s", e));
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Publishes what is due now; how many region-hours. */
    public Uni<Integer> release() {
        Instant dueBy = clock.instant().minus(settings.regionHourGrace());
        return store.heldUpTo(dueBy, BATCH).chain(held -> Multi.createFrom().iterable(held.entrySet())
                .onItem().transformToUniAndConcatenate((Map.Entry<String, List<Instant>> e) -> aggregator.release(e.getKey(), e.getValue()))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }
}
