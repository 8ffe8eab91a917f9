package org.lantian.monitoring;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.platform.Json;
import org.lantian.aqi.AqiEngine;
import org.lantian.aqi.AqiStandards;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Recomputes a region's hourly AQI from the stored readings (never from running
 * sums, so redelivery cannot double-count) for the marked hours and the hours
 * whose rolling means include them (up to 23 h later). An hour whose result
 * changed gets the next revision and a message on {@value #TOPIC}, written to
 * the outbox in the same transaction — once all the region's stations have
 * reported it or {@code lantian.monitoring.region-hour-grace} has passed since
 * its end; until then it is stored held, and {@link RegionHourRelease} publishes
 * it when the grace ends. Days that have closed (the region has an hour after
 * them) get their daily AQI.
 */
@ApplicationScoped
public class RegionAqiAggregator {

    /** The content's fields, in order, for the published message (which adds the region, revision and a stamp). */
    private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> CONTENT =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    public static final String TOPIC = "aq.monitoring.region-aqi.v1";
    private static final Logger LOG = Logger.getLogger(RegionAqiAggregator.class);
    private static final Duration HISTORY = Duration.ofHours(31);
    private static final Duration FOLLOWING = Duration.ofHours(23);
    /** First key of the per-region advisory lock (the second is the region's hash). */
    /** jsonb may print 182.0 as 182: numbers are equal by value. */
    private static final Comparator<JsonNode> NUMERICALLY = (x, y) -> x.isNumber() && y.isNumber()
            ? x.decimalValue().compareTo(y.decimalValue())
            : x.equals(y) ? 0 : 1;

    private final Pool pool;
    private final RegionAqiStore store;
    private final Outbox outbox;
    private final EventLog log;
    private final AqiEngine engine;
    private final ObjectMapper mapper;
    private final Counter published;
    private final Timer lag;

    private final Clock clock;
    private final MonitoringSettings settings;

    RegionAqiAggregator(Pool pool, RegionAqiStore store, Outbox outbox, EventLog log, AqiEngine engine, ObjectMapper mapper,
                        MeterRegistry registry, Clock clock, MonitoringSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.pool = pool;
        this.store = store;
        this.outbox = outbox;
        this.log = log;
        this.engine = engine;
        this.mapper = mapper;
        this.published = Counter.builder("aq.monitoring.region-aqi.published").register(registry);
        this.lag = Timer.builder("aq.monitoring.region-aqi.lag")
                .description("from a reading's change being stored to its region AQI being committed").register(registry);
    }

    /**
     * Recomputes the marked hours, one transaction per region. Failures are left to the caller
     * (retried when transient, isolated when the data is refused): recomputing is idempotent.
     */
    public Uni<Void> recompute(Map<String, TreeSet<Instant>> hoursByRegion) {
        return Multi.createFrom().iterable(hoursByRegion.entrySet())
                .onItem().transformToUniAndConcatenate(e -> pool.withTransaction(tx -> recompute(tx, e.getKey(), e.getValue())))
                .collect().asList()
                .invoke(outbox::wake)
                .replaceWithVoid();
    }

    /** From the oldest mark of a batch being written to its region AQI being committed. */
    public void recordLag(long oldestMarkMillis) {
        // an operational latency against Kafka record timestamps (the producer's wall clock), not business time:
        // the wall clock on both ends, so a test moving the business Clock cannot distort it
        if (oldestMarkMillis != Long.MAX_VALUE) {
            lag.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - oldestMarkMillis)));
        }
    }

    private Uni<Void> recompute(SqlConnection tx, String region, NavigableSet<Instant> marked) {
        Instant first = marked.first();
        Instant last = marked.last().plus(FOLLOWING);
        TreeSet<LocalDate> markedDays = new TreeSet<>();
        marked.forEach(hour -> markedDays.add(dayOf(hour)));
        // enough history for the rolling means of the first hour and for the whole of the day before it
        Instant from = first.minus(HISTORY);
        Instant dayBefore = endOf(markedDays.first().minusDays(2));
        Instant fetchFrom = from.isBefore(dayBefore) ? from : dayBefore;
        // one transaction per region at a time, across instances too (a rebalance can briefly give a region to two)
        return tx.preparedQuery(AdvisoryLock.REGION_AQI.perSubject()).execute(Tuple.of(region))
                .chain(() -> store.lockHours(tx, region, first.minusSeconds(1), last))
                .chain(stored -> store.stationCount(tx, region).chain(stations -> store.regionMeans(tx, region, fetchFrom, last)
                        .chain(means -> saveChangedHours(tx, region, first, means, stored, stations)
                                .call(() -> saveClosedDays(tx, region, markedDays, means))
                                // the log's (global) lock last, after every row lock of this transaction
                                .chain(changes -> log.append(tx, changes)))));
    }

    /**
     * Saves the hours whose result changed — published when final (all {@code stations} reported, or the grace over),
     * held otherwise — and publishes held hours that became final; returns the category changes to log.
     */
    private Uni<List<LogEvent>> saveChangedHours(SqlConnection tx, String region, Instant first, TreeMap<Instant, HourlyMeans> means,
                                       Map<Instant, RegionAqiStore.Stored> stored, int stations) {
        AqiSeries series = new AqiSeries(engine, means);
        Instant now = clock.instant();
        Instant dueBy = now.minus(settings.regionHourGrace());
        List<Instant> hours = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<Integer> aqis = new ArrayList<>();
        List<Integer> revisions = new ArrayList<>();
        List<Instant> heldSince = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        Map<String, LogEvent> changes = new LinkedHashMap<>();
        for (Instant hour : means.tailMap(first, true).keySet()) {
            AqiViews.HourAqi content = series.hourly(hour).orElseThrow();
            RegionAqiStore.Stored before = stored.get(hour);
            // final: every station in, or a published hour revised, or held for the whole grace
            boolean last = means.get(hour).stationCount() >= stations || (before != null && !before.held())
                    || (before != null && !before.heldSince().isAfter(dueBy));
            if (before != null && same(before.content(), content) && !(before.held() && last)) {
                continue;
            }
            // a held hour keeps the revision it will be published with; a published one is revised
            int revision = before == null ? 1 : before.held() ? before.revision() : before.revision() + 1;
            hours.add(hour);
            contents.add(json(content));
            aqis.add(content.aqi());
            revisions.add(revision);
            heldSince.add(last ? null : before != null && before.held() ? before.heldSince() : now);
            if (last) {
                messages.add(message(region, hour, revision, content));
            }
            // both boundaries of a changed hour: a late value can create the change into the next hour too
            Instant next = hour.plus(Duration.ofHours(1));
            series.hourly(hour.minus(Duration.ofHours(1))).ifPresent(previous -> categoryChange(region, hour, revision,
                    previous, content).ifPresent(e -> changes.putIfAbsent(e.id(), e)));
            if (means.containsKey(next)) {
                series.hourly(next).ifPresent(following -> categoryChange(region, next,
                        stored.containsKey(next) ? stored.get(next).revision() : 1, content, following)
                        .ifPresent(e -> changes.putIfAbsent(e.id(), e)));
            }
        }
        if (!hours.isEmpty()) {
            LOG.debugf("Region %s: %d hour(s) changed from %s", region, hours.size(), hours.get(0));
        }
        return store.saveHours(tx, region, hours, contents, aqis, revisions, heldSince)
                .chain(() -> outbox.write(tx, messages))
                .invoke(() -> published.increment(messages.size()))
                .replaceWith(List.copyOf(changes.values()));
    }

    /** The id names the hour and both categories: a revision that keeps the change logs nothing new. */
    private java.util.Optional<LogEvent> categoryChange(String region, Instant hour, int revision,
                                                             AqiViews.HourAqi previous, AqiViews.HourAqi content) {
        if (java.util.Objects.equals(previous.level(), content.level())) {
            return java.util.Optional.empty();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("hour", content.hour());
        payload.put("aqi", content.aqi());
        payload.put("level", content.level());
        payload.put("category", content.category());
        payload.put("previousAqi", previous.aqi());
        payload.put("previousLevel", previous.level());
        payload.put("previousCategory", previous.category());
        payload.put("primaryPollutants", content.primaryPollutants());
        payload.put("revision", revision);
        return java.util.Optional.of(log.event("aqi-category:" + region + ":" + hour.getEpochSecond() + ":"
                + previous.level() + "->" + content.level(), EventType.AQI_CATEGORY_CHANGED, region, null, null, null, null,
                payload));
    }

    /**
     * A day closes when the region has a later hour. A marked day is recomputed (if closed); the day
     * before a marked day is computed once, when it first closes — later changes to it mark it themselves.
     */
    private Uni<Void> saveClosedDays(SqlConnection tx, String region, TreeSet<LocalDate> markedDays,
                                     TreeMap<Instant, HourlyMeans> means) {
        TreeSet<LocalDate> candidates = new TreeSet<>(markedDays);
        markedDays.forEach(day -> candidates.add(day.minusDays(1)));
        List<LocalDate> list = new ArrayList<>(candidates);
        return store.latestHour(tx, region).chain(latest -> store.lockDays(tx, region, list).chain(stored -> {
            AqiSeries series = new AqiSeries(engine, means);
            return Multi.createFrom().iterable(list)
                    .onItem().transformToUniAndConcatenate(day -> {
                        boolean closed = latest != null && latest.isAfter(endOf(day));
                        RegionAqiStore.Stored before = stored.get(day);
                        if (!closed || (!markedDays.contains(day) && before != null)) {
                            return Uni.createFrom().voidItem();
                        }
                        AqiViews.DayAqi content = series.daily(day).orElse(null);
                        if (content == null || (before != null && same(before.content(), content))) {
                            return Uni.createFrom().voidItem();
                        }
                        return store.saveDay(tx, region, day, json(content), content.aqi(),
                                before == null ? 1 : before.revision() + 1);
                    }).collect().asList().replaceWithVoid();
        }));
    }

    /**
     * Publishes a region's held hours that are due (their grace over), in one transaction under the region's lock;
     * how many were published.
     */
    Uni<Integer> release(String region, List<Instant> hours) {
        return pool.withTransaction(tx -> tx.preparedQuery(AdvisoryLock.REGION_AQI.perSubject()).execute(Tuple.of(region))
                .chain(() -> store.release(tx, region, hours))
                .chain(released -> {
                    List<OutboxMessage> messages = new ArrayList<>();
                    for (RegionAqiStore.Released r : released) {
                        messages.add(message(region, r.hour(), r.revision(), Json.read(mapper, r.content(), AqiViews.HourAqi.class)));
                    }
                    return outbox.write(tx, messages).invoke(() -> published.increment(messages.size())).replaceWith(messages.size());
                }))
                .invoke(n -> {
                    if (n > 0) {
                        outbox.wake();
                    }
                });
    }

    private OutboxMessage message(String region, Instant hour, int revision, AqiViews.HourAqi content) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("regionCode", region);
        payload.putAll(mapper.convertValue(content, CONTENT));
        payload.put("revision", revision);
        // when this revision was computed (like region_hour_aqi.computed_at): a stamp, decides nothing
        payload.put("computedAt", java.time.OffsetDateTime.now(AqiStandards.ZONE).withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return new OutboxMessage(TOPIC, region, "region-aqi:" + region + ":" + hour.getEpochSecond() + ":" + revision,
                json(payload));
    }

    static LocalDate dayOf(Instant hourEnding) {
        return LocalDate.ofInstant(hourEnding.minusSeconds(1), AqiStandards.ZONE);
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AqiStandards.ZONE).toInstant();
    }

    private boolean same(String stored, Object content) {
        try {
            JsonNode a = mapper.readTree(stored);
            JsonNode b = mapper.readTree(json(content));
            return a.equals(NUMERICALLY, b);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }
}
