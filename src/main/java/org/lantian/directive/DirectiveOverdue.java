package org.lantian.directive;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.LogEvent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Escalates orders still unacknowledged after their deadline — once each (the
 * row is marked in the same statement that finds it, so several instances
 * cannot escalate one twice). Officers see them with {@code status=OVERDUE}.
 * "Now" is the injected {@link Clock}, passed to the statement: the database's
 * own {@code now()} would decide business time behind the clock's back.
 */
@ApplicationScoped
public class DirectiveOverdue {

    private static final Logger LOG = Logger.getLogger(DirectiveOverdue.class);

    private final Pool pool;
    private final EventLog log;
    private final Vertx vertx;
    private final DirectiveSettings settings;
    private final Clock clock;
    private final Counter overdue;
    private long timer = -1;

    DirectiveOverdue(Pool pool, EventLog log, Vertx vertx, DirectiveSettings settings, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.log = log;
        this.vertx = vertx;
        this.settings = settings;
        this.overdue = Counter.builder("aq.directive.overdue").description("orders escalated as overdue").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.overdueCheckInterval().toMillis(), id -> escalate().subscribe().with(n -> { },
                e -> LOG.warnf("Overdue check failed: %s", e)));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Escalates what is overdue by the clock's now; the number escalated. */
    public Uni<Integer> escalate() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return pool.withTransaction(tx -> tx.preparedQuery("UPDATE directive SET escalated_at = $1 WHERE acked_at IS NULL "
                        + "AND confirmed_at IS NULL AND escalated_at IS NULL AND ack_deadline < $1 "
                        + "RETURNING id, subject, region_code, ack_deadline, kind, warning_id").execute(Tuple.of(now))
                .chain(rows -> {
                    List<LogEvent> events = new ArrayList<>();
                    for (Row r : rows) {
                        LOG.warnf("Directive %s to %s (%s) is overdue: not acknowledged by %s", r.getString(0), r.getString(1),
                                r.getString(2), r.getOffsetDateTime(3));
                        events.add(DirectiveEvents.overdue(now, r.getString(0), r.getString(4), r.getString(1), r.getString(2),
                                r.getString(5), r.getOffsetDateTime(3)));
                    }
                    return log.append(tx, events).replaceWith(rows.rowCount());
                }))
                .invoke(n -> overdue.increment(n));
    }
}
