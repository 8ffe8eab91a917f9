package org.lantian.directive;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lantian.platform.Json;
import org.lantian.aqi.AqiStandards;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;
import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.EnterprisePlan;
import org.lantian.reduction.list.Grade;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Seasonal orders for enterprises on the staggered-production list: a START when
 * the season begins (grade D: stop; others: staggered production), an END when
 * it ends. Checked at start and every hour; the per-subject state makes each
 * season's START and END happen once, and their ids are deterministic.
 */
@ApplicationScoped
public class StaggeredProduction {

    private static final Logger LOG = Logger.getLogger(StaggeredProduction.class);
    private static final String KIND = DirectiveRow.STAGGERED_PRODUCTION;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Pool pool;
    private final ReductionLists lists;
    private final StaggeredSeason season;
    private final DirectiveSettings settings;
    private final Outbox outbox;
    private final EventLog log;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final Clock clock;
    private long timer = -1;

    StaggeredProduction(Pool pool, ReductionLists lists, StaggeredSeason season, DirectiveSettings settings, Outbox outbox,
                        EventLog log, ObjectMapper mapper, Vertx vertx, Clock clock) {
        this.clock = clock;
        this.log = log;
        this.pool = pool;
        this.lists = lists;
        this.season = season;
        this.settings = settings;
        this.outbox = outbox;
        this.mapper = mapper;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        // once at start (before anything else can race with it), then every staggered-check-interval (an hour)
        apply(LocalDate.ofInstant(clock.instant(), AqiStandards.ZONE)).await().atMost(Duration.ofMinutes(2));
        timer = vertx.setPeriodic(settings.staggeredCheckInterval().toMillis(), id -> apply(LocalDate.ofInstant(clock.instant(), AqiStandards.ZONE))
                .subscribe().with(n -> { }, e -> LOG.warnf("Staggered production check failed: %s", e)));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Brings every staggered enterprise's seasonal order in line with {@code today}; the number of orders written. */
    public Uni<Integer> apply(LocalDate today) {
        Optional<LocalDate> current = season.seasonOf(today);
        return pool.withTransaction(tx -> tx.query(AdvisoryLock.STAGGERED_SEASON.xact()).execute()
                        .chain(() -> lists.current(tx))
                        .chain(active -> states(tx).chain(states -> write(tx, active, states, current))))
                .invoke(n -> {
                    if (n > 0) {
                        outbox.wake();
                        LOG.infof("Staggered production: %d seasonal order(s) for %s", n, current.map(LocalDate::toString).orElse("the end of season"));
                    }
                });
    }

    private Uni<Map<String, Row>> states(SqlConnection tx) {
        return tx.preparedQuery("SELECT subject, level, version FROM directive_subject WHERE kind = $1 FOR UPDATE")
                .execute(Tuple.of(KIND)).map(rows -> {
                    Map<String, Row> states = new HashMap<>();
                    rows.forEach(r -> states.put(r.getString(0), r));
                    return states;
                });
    }

    private Uni<Integer> write(SqlConnection tx, ReductionLists.Active active, Map<String, Row> states, Optional<LocalDate> current) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).withNano(0);
        List<Tuple> directives = new ArrayList<>();
        List<Tuple> subjects = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        List<LogEvent> events = new ArrayList<>();
        Map<String, EnterprisePlan> staggered = new LinkedHashMap<>();
        active.list().plans().stream().filter(p -> p.enterprise().staggered())
                .forEach(p -> staggered.put(p.enterprise().creditCode(), p));
        for (Map.Entry<String, Row> e : states.entrySet()) {
            String seasonId = e.getValue().getString(1);
            boolean over = !"NONE".equals(seasonId) && (current.isEmpty() || !current.get().toString().equals(seasonId)
                    || !staggered.containsKey(e.getKey()));
            if (over) {
                add(e.getKey(), seasonId, "END", e.getValue().getInteger(2) + 1, "NONE", null, now, directives, subjects, messages, events);
            }
        }
        if (current.isPresent()) {
            String seasonId = current.get().toString();
            for (EnterprisePlan plan : staggered.values()) {
                Row state = states.get(plan.enterprise().creditCode());
                if (state == null || !seasonId.equals(state.getString(1))) {
                    int version = state == null ? 1 : state.getInteger(2) + (subjects.stream()
                            .anyMatch(t -> t.getString(0).equals(plan.enterprise().creditCode())) ? 2 : 1);
                    add(plan.enterprise().creditCode(), seasonId, "START", version, seasonId, plan, now, directives, subjects, messages, events);
                }
            }
        }
        if (directives.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return tx.preparedQuery("""
                        INSERT INTO directive (id, kind, subject, version, warning_id, region_code, level, action, mandatory,
                                               measures, effective_from, issued_at, ack_deadline)
                        VALUES ($1, 'STAGGERED_PRODUCTION', $2, $3, $4, $5, 'NONE', $6, true, $7::text::jsonb, $8, $8, $9)
                        ON CONFLICT (id) DO NOTHING
                        """).executeBatch(directives)
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO directive_subject (kind, subject, level, version) VALUES ('STAGGERED_PRODUCTION', $1, $2, $3)
                        ON CONFLICT (kind, subject) DO UPDATE SET level = EXCLUDED.level, version = EXCLUDED.version
                        """).executeBatch(subjects))
                .chain(() -> outbox.write(tx, messages))
                .chain(() -> log.append(tx, events))
                .replaceWith(directives.size());
    }

    private void add(String enterprise, String seasonId, String action, int version, String newState, EnterprisePlan plan,
                     OffsetDateTime now, List<Tuple> directives, List<Tuple> subjects, List<OutboxMessage> messages, List<LogEvent> events) {
        String id = "D-S-" + enterprise + "-" + seasonId + "-" + action;
        String region = enterprise.substring(2, 8);
        List<Map<String, Object>> measures = "END".equals(action) ? List.of() : List.of(measure(plan));
        OffsetDateTime deadline = now.plus(settings.ackDeadline());
        directives.add(Tuple.tuple().addString(id).addString(enterprise).addInteger(version).addString("season-" + seasonId)
                .addString(region).addString(action).addString(json(measures)).addOffsetDateTime(now).addOffsetDateTime(deadline));
        subjects.removeIf(t -> t.getString(0).equals(enterprise));
        subjects.add(Tuple.of(enterprise, newState, version));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("directiveId", id);
        payload.put("version", version);
        payload.put("warningId", "season-" + seasonId);
        payload.put("enterpriseId", enterprise);
        payload.put("regionCode", region);
        payload.put("level", "NONE");
        payload.put("action", action);
        payload.put("effectiveFrom", now.format(TIME));
        payload.put("measures", measures);
        payload.put("issuedAt", now.format(TIME));
        payload.put("ackDeadline", deadline.format(TIME));
        payload.put("kind", KIND);
        payload.put("mandatory", true);
        messages.add(new OutboxMessage("aq.directive.industrial.v1", enterprise, id, json(payload)));
        events.add(DirectiveEvents.issued(OffsetDateTime.now(clock), payload, mapper));
    }

    private static Map<String, Object> measure(EnterprisePlan plan) {
        boolean stop = plan.enterprise().grade() == Grade.D;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", null);
        m.put("action", stop ? "STOP" : "STAGGERED_PRODUCTION");
        m.put("indicator", "ELECTRICITY");
        m.put("description", stop ? "错峰生产期间停产（D级）" : "按错峰生产方案组织生产");
        return m;
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }
}
