package org.lantian.platform.outbox;

import org.lantian.platform.AdvisoryLock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.failure.Failures;
import org.lantian.platform.kafka.KafkaSender;
import org.lantian.platform.kafka.PublishedIds;
import org.lantian.platform.kafka.TopicLimits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes the outbox in id order, one round at a time across all instances (a
 * session advisory lock), so per-key order is kept. Rows are marked attempted
 * before sending and published after the broker acknowledged them (acks=all);
 * rows left attempted by a round that died are checked against their topic
 * before anything is sent again: nothing is lost, no message id is published twice. A message that
 * can never be published (too large, unknown topic, refused by the broker) is parked
 * ({@link OutboxParking}) instead of failing every round; the rest go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    public static final String MESSAGE_ID = "message-id";

    private final Pool pool;
    private final KafkaSender sender;
    private final PublishedIds publishedIds;
    private final PublishPrecheck precheck;
    private final TopicLimits limits;
    private final OutboxParking parking;
    private final Vertx vertx;
    private final Duration interval;
    private final int batchSize;
    private final Counter published;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private long timer = -1;

    OutboxRelay(Pool pool, KafkaSender sender, PublishedIds publishedIds, PublishPrecheck precheck, TopicLimits limits,
                OutboxParking parking, Vertx vertx, MeterRegistry registry,
                @ConfigProperty(name = "lantian.outbox.poll-interval", defaultValue = "PT0.2S") Duration interval,
                @ConfigProperty(name = "lantian.outbox.batch-size", defaultValue = "2000") int batchSize) {
        this.pool = pool;
        this.sender = sender;
        this.publishedIds = publishedIds;
        this.precheck = precheck;
        this.limits = limits;
        this.parking = parking;
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

    /** One round: publish up to a batch of unpublished rows; the number handled. */
    public Uni<Integer> relayRound() {
        // a session lock on one connection, held across both commits and the sends between them:
        // one round at a time across all instances, and a dead instance's lock dies with its connection
        return pool.withConnection(conn -> conn.query(AdvisoryLock.OUTBOX_RELAY.trySession()).execute()
                .chain(locked -> !locked.iterator().next().getBoolean(0) ? Uni.createFrom().item(0)
                        : round(conn).eventually(() -> conn.query(AdvisoryLock.OUTBOX_RELAY.unlock()).execute())));
    }

    /**
     * Rows taken by an earlier round that never marked them (it died between sending and marking)
     * are in doubt: those found on their topic are marked, the rest are sent again. Rows are marked
     * attempted — committed — before they are sent, so a crash at any point leaves them in doubt,
     * never forgotten and never sent twice. A row that can never be published is parked, and the
     * rows after it with its topic and key wait (they are not selected, nor sent in this round).
     */
    private Uni<Integer> round(SqlConnection conn) {
        return conn.preparedQuery("SELECT o.id, o.topic, o.message_key, o.message_id, o.payload, o.attempted_at FROM outbox o "
                        + "WHERE o.published_at IS NULL AND o.parked_at IS NULL AND o.discarded_at IS NULL AND "
                        + OutboxParking.NOT_BLOCKED + " ORDER BY o.id LIMIT $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return alreadyPublished(batch).chain(found -> refusals(batch, found).chain(refused -> {
                        List<Long> settled = new ArrayList<>();
                        List<Refusal> parked = new ArrayList<>();
                        List<Long> ids = new ArrayList<>();
                        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
                        Set<String> blocked = new HashSet<>();
                        for (Row row : batch) {
                            long id = row.getLong("id");
                            String key = orderKey(row);
                            if (found.contains(row.getString("message_id"))) {
                                settled.add(id);
                            } else if (key != null && blocked.contains(key)) {
                                continue; // behind a row parked in this round: waits like the rows the query left out
                            } else if (refused.containsKey(id)) {
                                parked.add(new Refusal(id, refused.get(id)));
                                if (key != null) {
                                    blocked.add(key);
                                }
                            } else {
                                ids.add(id);
                                records.add(record(row));
                            }
                        }
                        if (!settled.isEmpty()) {
                            LOG.warnf("Outbox: %d message(s) in doubt were already on Kafka; not sending them again", settled.size());
                        }
                        return mark(conn, "published_at", settled)
                                .chain(() -> parking.park(parked))
                                .chain(() -> mark(conn, "attempted_at", ids))
                                .chain(() -> sender.sendEach(records))
                                .chain(outcomes -> settle(conn, ids, records, outcomes))
                                .replaceWith(batch.size());
                    }));
                });
    }

    /**
     * Per record: acknowledged → published; refused for good → parked; anything else stays attempted (in doubt,
     * checked against the topic next round) and fails the round so that it is retried.
     */
    private Uni<Void> settle(SqlConnection conn, List<Long> ids, List<ProducerRecord<byte[], byte[]>> records, List<Throwable> outcomes) {
        List<Long> acked = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Throwable retry = null;
        for (int i = 0; i < ids.size(); i++) {
            Throwable failure = outcomes.get(i);
            if (failure == null) {
                acked.add(ids.get(i));
            } else if (Failures.classify(failure) == Failures.Kind.DETERMINISTIC) {
                refused.add(new Refusal(ids.get(i), "refused by the broker for " + records.get(i).topic() + ": " + Failures.describe(failure)));
            } else if (retry == null) {
                retry = failure;
            }
        }
        if (!refused.isEmpty()) {
            limits.refresh(); // a refusal the pre-check did not foresee: the topic's limit may have been lowered
        }
        Throwable failed = retry;
        return mark(conn, "published_at", acked)
                .invoke(() -> published.increment(acked.size()))
                .chain(() -> parking.park(refused))
                .chain(() -> failed == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(failed));
    }

    /** The reason each row not yet on Kafka can never be published (by row id), found before anything is sent. */
    private Uni<Map<Long, String>> refusals(List<Row> batch, Set<String> found) {
        return Uni.createFrom().item(() -> {
            Map<Long, String> refused = new HashMap<>();
            for (Row row : batch) {
                if (!found.contains(row.getString("message_id"))) {
                    String reason = precheck.refusal(record(row));
                    if (reason != null) {
                        refused.put(row.getLong("id"), reason);
                    }
                }
            }
            return refused;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // TopicLimits asks the broker: blocking
    }

    /** Per-key order is per topic and key; a null key has none to keep. */
    private static String orderKey(Row row) {
        String key = row.getString("message_key");
        return key == null ? null : row.getString("topic") + " " + key; // topic names have no spaces
    }

    private Uni<java.util.Set<String>> alreadyPublished(List<Row> batch) {
        java.util.Map<String, java.time.OffsetDateTime> inDoubt = new java.util.HashMap<>();
        for (Row row : batch) {
            java.time.OffsetDateTime attempted = row.getOffsetDateTime("attempted_at");
            if (attempted != null) {
                inDoubt.merge(row.getString("topic"), attempted, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (inDoubt.isEmpty()) {
            return Uni.createFrom().item(java.util.Set.of());
        }
        // reading the topics back blocks: off the event loop
        return Uni.createFrom().item(() -> {
            java.util.Set<String> found = new java.util.HashSet<>();
            // producer timestamps come from this machine's clock; a margin covers skew between instances
            inDoubt.forEach((topic, since) -> found.addAll(publishedIds.since(topic, since.toInstant().minusSeconds(300), MESSAGE_ID)));
            return found;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Uni<Void> mark(SqlConnection conn, String column, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // the database's now(): a stamp of when the row was published or found already sent (business time is the Clock)
        return conn.preparedQuery("UPDATE outbox SET " + column + " = now() WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(new Long[0]))).replaceWithVoid();
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
