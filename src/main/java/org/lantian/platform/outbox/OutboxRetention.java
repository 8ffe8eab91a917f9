package org.lantian.platform.outbox;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.WallClock;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes published and discarded outbox rows older than {@code lantian.outbox.retention}, a thousand rows per
 * statement (short transactions, no long row locks), on one instance at a time. The retention must stay longer than
 * any re-processing of a message's cause: a writer's {@code ON CONFLICT (message_id) DO NOTHING} only stops a
 * re-published message id while its row is still here (docs/architecture.md, Outbox).
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    static final Duration INTERVAL = Duration.ofMinutes(10);
    static final int BATCH = 1000;

    private final Pool pool;
    private final Vertx vertx;
    private final Clock clock;
    private final Duration retention;
    private long timer = -1;

    OutboxRetention(Pool pool, Vertx vertx, @WallClock Clock clock,
                    @ConfigProperty(name = "lantian.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.pool = pool;
        this.vertx = vertx;
        this.clock = clock;
        this.retention = retention;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(INTERVAL.toMillis(), id -> deleteBefore(OffsetDateTime.now(clock).minus(retention))
                .subscribe().with(n -> { }, e -> LOG.warnf("Outbox retention failed, will try again: %s", e.toString())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Deletes rows published or discarded before {@code cutoff}; the number deleted (0 if another instance is at it). */
    public Uni<Long> deleteBefore(OffsetDateTime cutoff) {
        // a session lock on one connection: one instance at a time, released when done or when the connection dies
        return pool.withConnection(conn -> conn.query(AdvisoryLock.OUTBOX_RETENTION.trySession()).execute()
                .chain(locked -> !locked.iterator().next().getBoolean(0) ? Uni.createFrom().item(0L)
                        : deleteBatches(conn, cutoff, 0)
                                .eventually(() -> conn.query(AdvisoryLock.OUTBOX_RETENTION.unlock()).execute())))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("Outbox retention: deleted %d row(s) published or discarded before %s", n, cutoff);
                    }
                });
    }

    private Uni<Long> deleteBatches(SqlConnection conn, OffsetDateTime cutoff, long sofar) {
        return conn.preparedQuery("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE published_at < $1 "
                        + "OR discarded_at < $1 LIMIT " + BATCH + ")")
                .execute(Tuple.of(cutoff))
                .chain(rows -> rows.rowCount() < BATCH ? Uni.createFrom().item(sofar + rows.rowCount())
                        : deleteBatches(conn, cutoff, sofar + rows.rowCount()));
    }
}
