package org.lantian.warning;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.platform.outbox.Outbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Warnings and floors can start or end later than they were decided; every
 * {@code lantian.warning.effective-level-interval} (a minute) every region's effective level is recomputed so such times take effect
 * (and announce themselves) without anyone acting.
 */
@ApplicationScoped
public class EffectiveLevelClock {

    private static final Logger LOG = Logger.getLogger(EffectiveLevelClock.class);

    private final Pool pool;
    private final EffectiveLevels effective;
    private final MonitoringReferenceData regions;
    private final Outbox outbox;
    @jakarta.inject.Inject
    WarningEvents warningEvents;
    /** Business time (tests move it through an alternative Clock). */
    @jakarta.inject.Inject
    java.time.Clock clock;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final WarningSettings settings;
    private long timer = -1;

    EffectiveLevelClock(Pool pool, EffectiveLevels effective, MonitoringReferenceData regions, Outbox outbox, ObjectMapper mapper,
                        Vertx vertx, WarningSettings settings) {
        this.settings = settings;
        this.pool = pool;
        this.effective = effective;
        this.regions = regions;
        this.outbox = outbox;
        this.mapper = mapper;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.effectiveLevelInterval().toMillis(), id -> tick());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void tick() {
        pool.withTransaction(tx -> effective.recomputeAtBoundaries(tx, regions.regions().codes(), OffsetDateTime.now(clock), "system", "clock")
                        .call(changes -> warningEvents.publish(tx, List.of(), changes)))
                .subscribe().with(changes -> {
                    if (!changes.events().isEmpty()) {
                        outbox.wake();
                    }
                }, error -> LOG.warnf("Effective level clock failed: %s", error));
    }
}
