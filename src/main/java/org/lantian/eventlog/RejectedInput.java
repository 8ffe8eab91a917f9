package org.lantian.eventlog;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.kafka.DeadLetterListener;
import org.lantian.platform.kafka.DeadLetterPublisher.DeadLetter;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Rejected input in the event log as hourly counts by topic and reason: every
 * dead-lettered record is counted in {@code rejected_input_hour}; once an hour
 * is over, one INPUT_REJECTED event per topic and reason says how many. Counts
 * are at-least-once like the DLQ itself (a redelivered batch is counted again).
 */
@ApplicationScoped
public class RejectedInput implements DeadLetterListener {

    private static final Logger LOG = Logger.getLogger(RejectedInput.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Pool pool;
    private final EventLog log;
    private final Vertx vertx;
    private final Duration interval;
    private final Clock clock;
    private long timer = -1;

    RejectedInput(Pool pool, EventLog log, Vertx vertx, Clock clock,
                  @ConfigProperty(name = "lantian.eventlog.rejected-digest-interval", defaultValue = "PT1M") Duration interval) {
        this.pool = pool;
        this.clock = clock;
        this.log = log;
        this.vertx = vertx;
        this.interval = interval;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> digest(OffsetDateTime.now(clock)).subscribe().with(n -> { },
                e -> LOG.warnf("Logging rejected-input counts failed: %s", e)));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    @Override
    public Uni<Void> deadLettered(List<DeadLetter> letters) {
        Map<String, Long> counts = new TreeMap<>();
        letters.forEach(l -> counts.merge(l.record().topic() + '\n' + l.why().reason(), 1L, Long::sum));
        List<String> topics = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach((key, n) -> {
            topics.add(key.substring(0, key.indexOf('\n')));
            reasons.add(key.substring(key.indexOf('\n') + 1));
            values.add(n);
        });
        // the hour a rejection is counted in is the business clock's (the digest decides by it when an hour is over)
        OffsetDateTime hour = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        return pool.preparedQuery("""
                        INSERT INTO rejected_input_hour AS r (topic, reason, hour, count)
                        SELECT t, why, $4::timestamptz, n FROM unnest($1::text[], $2::text[], $3::bigint[]) AS x(t, why, n)
                        ON CONFLICT (topic, reason, hour) DO UPDATE SET count = r.count + EXCLUDED.count
                        """)
                .execute(Tuple.tuple().addArrayOfString(topics.toArray(String[]::new))
                        .addArrayOfString(reasons.toArray(String[]::new)).addArrayOfLong(values.toArray(Long[]::new))
                        .addOffsetDateTime(hour))
                .replaceWithVoid();
    }

    /** Logs the counts of the hours that ended by {@code now} and are not yet (fully) in the log; the number of events. */
    public Uni<Integer> digest(OffsetDateTime now) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        SELECT topic, reason, hour, count, logged_count FROM rejected_input_hour
                         WHERE count > logged_count AND hour + interval '1 hour' <= $1
                         ORDER BY hour, topic, reason FOR UPDATE SKIP LOCKED
                        """).execute(Tuple.of(now))
                .chain(rows -> {
                    List<LogEvent> events = new ArrayList<>();
                    List<Tuple> logged = new ArrayList<>();
                    for (Row r : rows) {
                        events.add(event(r));
                        logged.add(Tuple.of(r.getString("topic"), r.getString("reason"), r.getOffsetDateTime("hour"),
                                r.getLong("count")));
                    }
                    if (events.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return log.append(tx, events)
                            .chain(() -> tx.preparedQuery("UPDATE rejected_input_hour SET logged_count = $4 "
                                    + "WHERE topic = $1 AND reason = $2 AND hour = $3").executeBatch(logged))
                            .replaceWith(events.size());
                }));
    }

    private LogEvent event(Row r) {
        OffsetDateTime hour = r.getOffsetDateTime("hour").withOffsetSameInstant(ZoneOffset.ofHours(8));
        long total = r.getLong("count");
        long before = r.getLong("logged_count");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("topic", r.getString("topic"));
        payload.put("reason", r.getString("reason"));
        payload.put("hourFrom", hour.format(TIME));
        payload.put("hourTo", hour.plusHours(1).format(TIME));
        payload.put("count", total - before);
        payload.put("hourTotal", total);
        return log.event("rejected:" + r.getString("topic") + ":" + r.getString("reason") + ":" + hour.toEpochSecond()
                + ":" + total, EventType.INPUT_REJECTED, null, null, null, null, "system", payload);
    }
}
