package org.lantian.directive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.Json;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;
import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.EnterprisePlan;
import org.lantian.reduction.list.Level;
import org.lantian.reduction.list.ReductionListView;
import org.lantian.warning.EffectiveLevelListener;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Turns every change of a county's effective level into orders, in the same
 * transaction: each listed enterprise of the county gets START (from no
 * warning), CHANGE (to another level) or END (lift) with its own measures for
 * that level (一厂一策), and the county gets a vehicle and a construction order.
 * Written in batches (one statement per table for a whole change), published
 * through the outbox. The id is deterministic — the effective level version of
 * the county and the subject — so re-processing cannot make a second order.
 */
@ApplicationScoped
public class DirectiveIssuer implements EffectiveLevelListener {

    private static final Logger LOG = Logger.getLogger(DirectiveIssuer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ReductionLists lists;
    private final MonitoringReferenceData regions;
    private final DirectiveSettings settings;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final JsonNode regionMeasures;
    private final Clock clock;

    DirectiveIssuer(ReductionLists lists, MonitoringReferenceData regions, DirectiveSettings settings, Outbox outbox,
                    ObjectMapper mapper, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.regions = regions;
        this.settings = settings;
        this.outbox = outbox;
        this.mapper = mapper;
        this.registry = registry;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(settings.regionMeasures())) {
            if (in == null) {
                throw new IllegalStateException("region measures " + settings.regionMeasures() + " not found");
            }
            this.regionMeasures = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Uni<List<LogEvent>> onChange(SqlConnection tx, List<Change> changes) {
        List<Change> counties = changes.stream().filter(c -> regions.regions().attribute(c.regionCode()).isPresent()).toList();
        if (counties.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return lists.current(tx).chain(active -> {
            List<Subject> subjects = new ArrayList<>();
            for (Change c : counties) {
                for (EnterprisePlan plan : active.list().plans()) {
                    if (plan.enterprise().countyCode().equals(c.regionCode())) {
                        subjects.add(new Subject(DirectiveRow.INDUSTRIAL, plan.enterprise().creditCode(), c, plan, active.version()));
                    }
                }
                subjects.add(new Subject(DirectiveRow.VEHICLE, c.regionCode(), c, null, null));
                subjects.add(new Subject(DirectiveRow.CONSTRUCTION, c.regionCode(), c, null, null));
            }
            return states(tx, subjects).chain(states -> write(tx, subjects, states));
        });
    }

    private record Subject(String kind, String id, Change change, EnterprisePlan plan, Integer listVersion) {
        String key() {
            return kind + "|" + id;
        }
    }

    private record State(String level, int version) {
    }

    private Uni<Map<String, State>> states(SqlConnection tx, List<Subject> subjects) {
        return tx.preparedQuery("SELECT kind, subject, level, version FROM directive_subject "
                        + "WHERE (kind, subject) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY kind, subject FOR UPDATE")
                .execute(Tuple.tuple().addArrayOfString(subjects.stream().map(Subject::kind).toArray(String[]::new))
                        .addArrayOfString(subjects.stream().map(Subject::id).toArray(String[]::new)))
                .map(rows -> {
                    Map<String, State> states = new HashMap<>();
                    for (Row r : rows) {
                        states.put(r.getString(0) + "|" + r.getString(1), new State(r.getString(2), r.getInteger(3)));
                    }
                    return states;
                });
    }

    private Uni<List<LogEvent>> write(SqlConnection tx, List<Subject> subjects, Map<String, State> states) {
        // the clock's time: the ack deadline (and so what is overdue) follows from it
        OffsetDateTime issuedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).withNano(0);
        OffsetDateTime deadline = issuedAt.plus(settings.ackDeadline());
        List<DirectiveRow> rows = new ArrayList<>();
        for (Subject s : subjects) {
            State state = states.getOrDefault(s.key(), new State(WarningLevel.NONE.name(), 0));
            WarningLevel level = s.change().level();
            if (state.level().equals(level.name())) {
                continue;
            }
            String action = state.level().equals(WarningLevel.NONE.name()) ? "START" : level == WarningLevel.NONE ? "END" : "CHANGE";
            rows.add(new DirectiveRow(id(s), s.kind(), s.id(), state.version() + 1, s.change().cause(), s.change().regionCode(),
                    level.name(), action, s.change().mandatory() && level != WarningLevel.BLUE, measures(s, level),
                    s.listVersion(), s.change().effectiveFrom(), issuedAt, deadline));
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        int n = rows.size();
        String[] ids = new String[n];
        String[] kinds = new String[n];
        String[] subjectIds = new String[n];
        Integer[] versions = new Integer[n];
        String[] warnings = new String[n];
        String[] regionCodes = new String[n];
        String[] levels = new String[n];
        String[] actions = new String[n];
        Boolean[] mandatory = new Boolean[n];
        String[] measures = new String[n];
        Integer[] listVersions = new Integer[n];
        OffsetDateTime[] from = new OffsetDateTime[n];
        List<OutboxMessage> messages = new ArrayList<>(n);
        List<LogEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DirectiveRow r = rows.get(i);
            ids[i] = r.id();
            kinds[i] = r.kind();
            subjectIds[i] = r.subject();
            versions[i] = r.version();
            warnings[i] = r.warningId();
            regionCodes[i] = r.regionCode();
            levels[i] = r.level();
            actions[i] = r.action();
            mandatory[i] = r.mandatory();
            measures[i] = json(r.measures());
            listVersions[i] = r.listVersion();
            from[i] = r.effectiveFrom();
            Map<String, Object> payload = payload(r);
            messages.add(new OutboxMessage(r.topic(), r.subject(), r.id(), json(payload)));
            events.add(DirectiveEvents.issued(OffsetDateTime.now(clock), payload, mapper));
        }
        registry.counter("aq.directive.issued").increment(n);
        LOG.infof("Directives: %d orders for %d region change(s), first %s", n,
                rows.stream().map(DirectiveRow::regionCode).distinct().count(), ids[0]);
        return tx.preparedQuery("""
                        INSERT INTO directive (id, kind, subject, version, warning_id, region_code, level, action, mandatory,
                                               measures, list_version, effective_from, issued_at, ack_deadline)
                        SELECT i, k, s, v, w, r, l, a, m, ms::jsonb, lv, f, $13, $14
                          FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[],
                                      $8::text[], $9::bool[], $10::text[], $11::int[], $12::timestamptz[])
                               AS t(i, k, s, v, w, r, l, a, m, ms, lv, f)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .execute(Tuple.tuple().addArrayOfString(ids).addArrayOfString(kinds).addArrayOfString(subjectIds)
                        .addArrayOfInteger(versions).addArrayOfString(warnings).addArrayOfString(regionCodes)
                        .addArrayOfString(levels).addArrayOfString(actions).addArrayOfBoolean(mandatory)
                        .addArrayOfString(measures).addArrayOfInteger(listVersions).addArrayOfOffsetDateTime(from)
                        .addOffsetDateTime(rows.get(0).issuedAt()).addOffsetDateTime(rows.get(0).ackDeadline()))
                .chain(() -> tx.preparedQuery("""
                                INSERT INTO directive_subject (kind, subject, level, version)
                                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
                                ON CONFLICT (kind, subject) DO UPDATE SET level = EXCLUDED.level, version = EXCLUDED.version
                                """)
                        .execute(Tuple.tuple().addArrayOfString(kinds).addArrayOfString(subjectIds).addArrayOfString(levels)
                                .addArrayOfInteger(versions)))
                .chain(() -> outbox.write(tx, messages))
                .replaceWith(events);
    }

    /** Deterministic: the county's effective-level version and the subject. */
    private static String id(Subject s) {
        String prefix = switch (s.kind()) {
            case DirectiveRow.INDUSTRIAL -> "D-I-";
            case DirectiveRow.VEHICLE -> "D-V-";
            default -> "D-C-";
        };
        return prefix + s.id() + "-" + s.change().regionCode() + "-" + s.change().version();
    }

    private List<?> measures(Subject s, WarningLevel level) {
        if (level == WarningLevel.NONE) {
            return List.of();
        }
        if (s.plan() == null) {
            JsonNode byLevel = regionMeasures.path(s.kind()).path(level.name());
            return mapper.convertValue(byLevel, List.class);
        }
        if (level == WarningLevel.BLUE) {
            return List.of(Map.of("action", "ADVISORY", "description", "蓝色预警：自愿减排（建议性）"));
        }
        return s.plan().measures(Level.valueOf(level.name())).stream().map(ReductionListView.MeasureView::of).toList();
    }

    private Map<String, Object> payload(DirectiveRow r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directiveId", r.id());
        json.put("version", r.version());
        json.put("warningId", r.warningId());
        if (DirectiveRow.INDUSTRIAL.equals(r.kind())) {
            json.put("enterpriseId", r.subject());
        } else {
            json.put("kind", r.kind());
        }
        json.put("regionCode", r.regionCode());
        json.put("level", r.level());
        json.put("action", r.action());
        json.put("effectiveFrom", r.effectiveFrom().withOffsetSameInstant(ZoneOffset.ofHours(8)).withNano(0).format(TIME));
        json.put("measures", r.measures());
        json.put("issuedAt", r.issuedAt().format(TIME));
        json.put("ackDeadline", r.ackDeadline().format(TIME));
        json.put("mandatory", r.mandatory());
        json.put("advisory", !r.mandatory());
        json.put("listVersion", r.listVersion());
        return json;
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }
}
