package org.lantian.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.kafka.KafkaSender;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes the outbox in id order. Each round is one transaction holding a
 * transaction-scoped advisory lock, so across all instances one round runs at a
 * time and per-key order is kept; the rows are marked published only after the
 * broker has acknowledged them (acks=all). A crash between the two republishes
 * those rows with the same {@code message-id} header: at least once, never lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK = 0x4c616e7469616eL; // "Lantian"
    public static final String MESSAGE_ID = "message-id";

    private final Pool pool;
    private final KafkaSender sender;
    private final Vertx vertx;
    private final Duration interval;
    private final int batchSize;
    private final Counter published;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private long timer = -1;

    OutboxRelay(Pool pool, KafkaSender sender, Vertx vertx, MeterRegistry registry,
                @ConfigProperty(name = "lantian.outbox.poll-interval", defaultValue = "PT0.2S") Duration interval,
                @ConfigProperty(name = "lantian.outbox.batch-size", defaultValue = "2000") int batchSize) {
        this.pool = pool;
        this.sender = sender;
        this.vertx = vertx;
        this.interval = interval;
        this.batchSize = batchSize;
        this.published = Counter.builder("aq.platform.outbox.published").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> wake());
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Runs rounds until the outbox is drained; a call while a round runs asks for one more. */
    public void wake() {
        if (stopped) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        relayRound().subscribe().with(count -> {
            running.set(false);
            if (count >= batchSize || again.getAndSet(false)) {
                wake();
            }
        }, error -> {
            running.set(false);
            LOG.warnf("Outbox relay round failed, will retry: %s", error.toString());
        });
    }

    /** One round: publish up to a batch of unpublished rows; the number published. */
    public Uni<Integer> relayRound() {
        return pool.withTransaction(tx -> tx.query("SELECT pg_try_advisory_xact_lock(" + LOCK + ")").execute()
                .chain(locked -> locked.iterator().next().getBoolean(0) ? publishBatch(tx) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection tx) {
        return tx.preparedQuery("SELECT id, topic, message_key, message_id, payload FROM outbox "
                        + "WHERE published_at IS NULL ORDER BY id LIMIT $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        records.add(record(row));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return sender.sendAll(records)
                            .chain(() -> tx.preparedQuery("UPDATE outbox SET published_at = now() WHERE id = ANY($1)")
                                    .execute(Tuple.of(ids.toArray(new Long[0]))))
                            .invoke(() -> published.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private static ProducerRecord<byte[], byte[]> record(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(MESSAGE_ID, row.getString("message_id").getBytes(StandardCharsets.UTF_8));
        String key = row.getString("message_key");
        return new ProducerRecord<>(row.getString("topic"), null,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                row.getString("payload").getBytes(StandardCharsets.UTF_8), headers);
    }
}
