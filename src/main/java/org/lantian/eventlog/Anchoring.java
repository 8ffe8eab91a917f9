package org.lantian.eventlog;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.Json;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Every {@code lantian.eventlog.anchor-interval}, publishes the log's head to {@link Anchor#TOPIC} through the
 * outbox and records it in the log ({@link EventType#ANCHOR_PUBLISHED}), both in one transaction — so an anchor is on Kafka
 * only for a head that was committed, and the log says which anchors exist. Only when events were appended since
 * the last anchor: the head being an anchor record means nothing moved.
 */
@ApplicationScoped
public class Anchoring {

    private static final Logger LOG = Logger.getLogger(Anchoring.class);
    /** One anchoring at a time across instances; the others skip their turn rather than queue on the chain lock. */

    private final Pool pool;
    private final EventLog log;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final Clock clock;
    private final Duration interval;
    private final Counter published;
    private long timer = -1;

    Anchoring(Pool pool, EventLog log, Outbox outbox, ObjectMapper mapper, Vertx vertx, Clock clock, MeterRegistry registry,
              @ConfigProperty(name = "lantian.eventlog.anchor-interval", defaultValue = "PT1M") Duration interval) {
        this.pool = pool;
        this.log = log;
        this.outbox = outbox;
        this.mapper = mapper;
        this.vertx = vertx;
        this.clock = clock;
        this.interval = interval;
        this.published = Counter.builder("aq.eventlog.anchors.published")
                .description("anchors of the event log's head committed for publishing").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> anchor().subscribe().with(a -> { },
                e -> LOG.warnf("Anchoring the event log failed, will try again: %s", e.toString())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Anchors the head if it moved since the last anchor: the anchor, or null (nothing new, or another instance is at it). */
    public Uni<Anchor> anchor() {
        return pool.withTransaction(tx -> tx.query(AdvisoryLock.EVENT_ANCHORING.tryXact()).execute()
                        .chain(locked -> locked.iterator().next().getBoolean(0) ? anchorHead(tx) : Uni.createFrom().<Anchor>nullItem()))
                .invoke(anchor -> {
                    if (anchor != null) {
                        published.increment();
                        outbox.wake();
                        LOG.debugf("Event log anchored at seq %d", anchor.seq());
                    }
                });
    }

    private Uni<Anchor> anchorHead(SqlConnection tx) {
        // the head is read holding the chain lock: nothing can be appended between reading it and recording the anchor
        return tx.query(AdvisoryLock.EVENT_CHAIN.xact()).execute()
                .chain(() -> tx.query("SELECT seq, hash, type FROM event_log ORDER BY seq DESC LIMIT 1").execute())
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().nullItem();
                    }
                    Row head = rows.iterator().next();
                    // the log's own record of an anchor is not movement of the head (else every anchor would call for another)
                    if (EventType.ANCHOR_PUBLISHED.name().equals(head.getString("type"))) {
                        return Uni.createFrom().nullItem();
                    }
                    Anchor anchor = new Anchor(head.getLong("seq"), head.getString("hash"),
                            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
                    OutboxMessage message = new OutboxMessage(Anchor.TOPIC, Anchor.KEY, anchor.messageId(), Json.write(mapper, anchor.json()));
                    return outbox.write(tx, List.of(message))
                            .chain(() -> log.append(tx, List.of(event(anchor))))
                            .replaceWith(anchor);
                });
    }

    private static LogEvent event(Anchor anchor) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("seq", anchor.seq());
        payload.put("hash", anchor.hash());
        payload.put("topic", Anchor.TOPIC);
        payload.put("messageId", anchor.messageId());
        return new LogEvent(anchor.eventId(), anchor.at(), EventType.ANCHOR_PUBLISHED, null, null, null, null, "system", payload);
    }
}
