package org.lantian.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lantian.platform.WallClock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Looks at the outbox every few seconds — parked rows, the oldest row due for publishing — for the gauges and
 * the health checks, so that neither a scrape nor a probe queries the database.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);
    static final Duration REFRESH = Duration.ofSeconds(5);
    /** Parked rows named in the health check; the admin endpoint lists them all. */
    static final int NAMED = 20;

    private final Pool pool;
    private final Vertx vertx;
    private final Clock clock;
    private volatile OutboxState state;
    private long timer = -1;

    OutboxMonitor(Pool pool, Vertx vertx, @WallClock Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.clock = clock;
        Gauge.builder("aq.platform.outbox.parked", this, m -> m.state == null ? 0 : m.state.parked())
                .description("outbox rows parked now (cannot be published; see GET /api/admin/outbox/parked)")
                .strongReference(true).register(registry);
        Gauge.builder("aq.platform.outbox.oldest-unpublished-age", this, m -> m.oldestPendingAge().map(Duration::toSeconds).orElse(0L))
                .description("age of the oldest row due for publishing (not parked, not waiting behind a parked row)")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh().subscribe().with(s -> { }, e -> LOG.warnf("Outbox check failed: %s", e.toString()));
        timer = vertx.setPeriodic(REFRESH.toMillis(), id -> refresh().subscribe().with(s -> { },
                e -> LOG.warnf("Outbox check failed: %s", e.toString())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The state as last looked at; null before the first look. */
    public OutboxState state() {
        return state;
    }

    /**
     * How long the oldest row due for publishing has been at the head of the queue, as of now. From when
     * it was first seen there, not from its creation: a re-queued row, or the rows released behind it,
     * are days old yet due only now, and must not read as a stall on every instance.
     */
    public Optional<Duration> oldestPendingAge() {
        OutboxState s = state;
        Head h = head;
        if (s == null || s.oldestPending() == null || h == null || h.id() != s.oldestPending().id()) {
            return Optional.empty();
        }
        Instant since = h.since().isAfter(s.oldestPending().createdAt().toInstant()) ? h.since() : s.oldestPending().createdAt().toInstant();
        return Optional.of(Duration.between(since, clock.instant()));
    }

    /** The row at the head of the queue and since when it has been seen there. */
    private record Head(long id, Instant since) {
    }

    private volatile Head head;

    private void remember(OutboxState s) {
        Head h = head;
        if (s.oldestPending() == null) {
            head = null;
        } else if (h == null || h.id() != s.oldestPending().id()) {
            head = new Head(s.oldestPending().id(), s.checkedAt());
        }
        state = s;
    }

    /** Looks now. */
    public Uni<OutboxState> refresh() {
        return pool.query("SELECT count(*) FROM outbox WHERE " + OutboxParking.PARKED).execute()
                .chain(count -> pool.query("SELECT id, topic, message_key, parked_reason FROM outbox WHERE " + OutboxParking.PARKED
                        + " ORDER BY id LIMIT " + NAMED).execute().map(rows -> {
                            List<OutboxState.Parked> parked = new ArrayList<>();
                            for (Row r : rows) {
                                parked.add(new OutboxState.Parked(r.getLong(0), r.getString(1), r.getString(2), r.getString(3)));
                            }
                            return parked;
                        })
                        .chain(parked -> pool.query("SELECT o.id, o.topic, o.created_at FROM outbox o WHERE o.published_at IS NULL "
                                        + "AND o.parked_at IS NULL AND o.discarded_at IS NULL AND " + OutboxParking.NOT_BLOCKED
                                        + " ORDER BY o.id LIMIT 1").execute()
                                .map(oldest -> {
                                    OutboxState.Pending pending = null;
                                    for (Row r : oldest) {
                                        pending = new OutboxState.Pending(r.getLong(0), r.getString(1), r.getOffsetDateTime(2));
                                    }
                                    return new OutboxState(clock.instant(), count.iterator().next().getLong(0), parked, pending);
                                })))
                .invoke(this::remember);
    }
}
