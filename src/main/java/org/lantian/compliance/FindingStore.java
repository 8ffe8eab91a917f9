package org.lantian.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.AdvisoryLock;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes one enterprise's verdicts and, in the same transaction, the findings they change, each change logged
 * ({@code COMPLIANCE_FINDING_*}) and queued for {@value #TOPIC} with a deterministic id (finding id and version).
 * Verdicts equal to the stored ones change nothing, so replayed telemetry opens no second finding.
 */
@ApplicationScoped
public class FindingStore {

    public static final String TOPIC = "aq.compliance.findings.v1";
    static final String ACTOR = "compliance";
    private static final Logger LOG = Logger.getLogger(FindingStore.class);

    /** A finding's identity: one per order, rule and meter. */
    public record Key(String directiveId, Rule rule, String meter) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Objects.compare(this, o, java.util.Comparator.comparing(Key::directiveId).thenComparing(Key::rule)
                    .thenComparing(Key::meter));
        }
    }

    private static final String UPSERT = """
            INSERT INTO compliance_hour AS h (directive_id, rule, meter, hour, enterprise_id, verdict, value, baseline, threshold, note)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::float8[],
                                 $8::float8[], $9::float8[], $10::text[])
            ON CONFLICT (directive_id, rule, meter, hour) DO UPDATE
               SET verdict = EXCLUDED.verdict, value = EXCLUDED.value, baseline = EXCLUDED.baseline,
                   threshold = EXCLUDED.threshold, note = EXCLUDED.note
             WHERE (h.verdict, h.value, h.baseline, h.threshold, h.note)
                   IS DISTINCT FROM (EXCLUDED.verdict, EXCLUDED.value, EXCLUDED.baseline, EXCLUDED.threshold, EXCLUDED.note)
            RETURNING directive_id, rule, meter
            """;

    private static final String VERDICTS = """
            SELECT directive_id, rule, meter, hour, verdict, value, baseline, threshold, note FROM compliance_hour
             WHERE (directive_id, rule, meter) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
             ORDER BY directive_id, rule, meter, hour
            """;

    private final Pool pool;
    private final Outbox outbox;
    private final EventLog log;
    private final FindingRows rows;
    private final ObjectMapper mapper;
    private final ComplianceSettings settings;
    private final MeterRegistry registry;
    private final Clock clock;

    FindingStore(Pool pool, Outbox outbox, EventLog log, FindingRows rows, ObjectMapper mapper, ComplianceSettings settings,
                 MeterRegistry registry, Clock clock) {
        this.pool = pool;
        this.outbox = outbox;
        this.log = log;
        this.rows = rows;
        this.mapper = mapper;
        this.settings = settings;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Stores an enterprise's new verdicts and brings the findings of every key they touch — and of {@code rederive},
     * e.g. findings whose order has ended — up to date.
     */
    public Uni<Integer> apply(String enterpriseId, List<HourVerdict> verdicts, Map<String, OrderPeriod> orders, Set<Key> rederive) {
        if (verdicts.isEmpty() && rederive.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return pool.withTransaction(tx -> tx.preparedQuery(AdvisoryLock.ENTERPRISE_COMPLIANCE.perSubject()).execute(Tuple.of(enterpriseId))
                .chain(() -> upsert(tx, enterpriseId, verdicts))
                .chain(changed -> {
                    Set<Key> keys = new TreeSet<>(changed);
                    keys.addAll(rederive);
                    return rederive(tx, keys, orders, now);
                }));
    }

    private Uni<Set<Key>> upsert(SqlConnection tx, String enterpriseId, List<HourVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Map<String, HourVerdict> unique = new LinkedHashMap<>();
        verdicts.forEach(v -> unique.put(v.directiveId() + '|' + v.rule() + '|' + v.meter() + '|' + v.hour().toInstant(), v));
        List<HourVerdict> list = new ArrayList<>(unique.values());
        int n = list.size();
        Tuple t = Tuple.tuple()
                .addArrayOfString(list.stream().map(HourVerdict::directiveId).toArray(String[]::new))
                .addArrayOfString(list.stream().map(v -> v.rule().name()).toArray(String[]::new))
                .addArrayOfString(list.stream().map(HourVerdict::meter).toArray(String[]::new))
                .addArrayOfOffsetDateTime(list.stream().map(HourVerdict::hour).toArray(OffsetDateTime[]::new))
                .addArrayOfString(java.util.Collections.nCopies(n, enterpriseId).toArray(String[]::new))
                .addArrayOfString(list.stream().map(v -> v.verdict().name()).toArray(String[]::new))
                .addArrayOfDouble(list.stream().map(HourVerdict::value).toArray(Double[]::new))
                .addArrayOfDouble(list.stream().map(HourVerdict::baseline).toArray(Double[]::new))
                .addArrayOfDouble(list.stream().map(HourVerdict::threshold).toArray(Double[]::new))
                .addArrayOfString(list.stream().map(HourVerdict::note).toArray(String[]::new));
        return tx.preparedQuery(UPSERT).execute(t).map(rs -> {
            Set<Key> keys = new TreeSet<>();
            rs.forEach(r -> keys.add(new Key(r.getString(0), Rule.valueOf(r.getString(1)), r.getString(2))));
            return keys;
        });
    }

    private Uni<Integer> rederive(SqlConnection tx, Set<Key> keys, Map<String, OrderPeriod> orders, OffsetDateTime now) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Tuple t = Tuple.tuple()
                .addArrayOfString(keys.stream().map(Key::directiveId).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.rule().name()).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(Key::meter).toArray(String[]::new));
        return tx.preparedQuery(VERDICTS).execute(t).chain(rs -> {
            Map<Key, List<HourVerdict>> byKey = new HashMap<>();
            for (Row r : rs) {
                Key k = new Key(r.getString(0), Rule.valueOf(r.getString(1)), r.getString(2));
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new HourVerdict(k.directiveId(), k.rule(), k.meter(),
                        r.getOffsetDateTime(3), Verdict.valueOf(r.getString(4)), r.getDouble(5), r.getDouble(6), r.getDouble(7),
                        r.getString(8)));
            }
            return rows.load(tx, keys).chain(stored -> {
                List<Finding.Change> changes = new ArrayList<>();
                for (Key k : keys) {
                    OrderPeriod order = orders.get(k.directiveId());
                    if (order == null) {
                        continue;
                    }
                    OffsetDateTime ended = order.endsAt() != null && !order.endsAt().isAfter(now) ? order.endsAt() : null;
                    Optional<FindingState> state = FindingState.of(byKey.getOrDefault(k, List.of()), ended, settings.evidenceHours());
                    changes.addAll(changes(k, order, stored.get(k), state, now));
                }
                return write(tx, changes);
            });
        });
    }

    /** A finding first seen already closed (a whole episode replayed at once) is opened, then closed: the log shows both. */
    private List<Finding.Change> changes(Key k, OrderPeriod order, Finding before, Optional<FindingState> state, OffsetDateTime now) {
        if (before == null && state.isPresent() && state.get().status() == FindingState.Status.CLOSED) {
            FindingState s = state.get();
            Finding.Change opened = change(k, order, null, new FindingState(s.outcome(), FindingState.Status.OPEN, s.firstHour(),
                    s.lastViolation(), null, s.violatingHours(), s.window()), "OPENED", now);
            return List.of(opened, change(k, order, opened.finding(), s, "CLOSED", now));
        }
        return change(k, order, before, state, now).map(List::of).orElse(List.of());
    }

    private Optional<Finding.Change> change(Key k, OrderPeriod order, Finding before, Optional<FindingState> state, OffsetDateTime now) {
        if (state.isEmpty()) {
            if (before == null || before.status() == FindingState.Status.CLOSED) {
                return Optional.empty();
            }
            // corrected telemetry took back every violation: nothing is suspected any more
            FindingState gone = new FindingState(before.outcome(), FindingState.Status.CLOSED, before.firstHour(), before.lastViolation(),
                    now, 0, List.of());
            return Optional.of(change(k, order, before, gone, "CLOSED", now));
        }
        FindingState s = state.get();
        if (before == null) {
            return Optional.of(change(k, order, null, s, "OPENED", now));
        }
        if (before.status() == s.status() && before.outcome() == s.outcome() && before.violatingHours() == s.violatingHours()
                && Objects.equals(instant(before.lastViolation()), instant(s.lastViolation()))
                && Objects.equals(instant(before.closedAt()), instant(s.closedAt()))) {
            return Optional.empty();
        }
        String what = s.status() == FindingState.Status.CLOSED && before.status() == FindingState.Status.OPEN ? "CLOSED" : "UPDATED";
        return Optional.of(change(k, order, before, s, what, now));
    }

    private static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private Finding.Change change(Key k, OrderPeriod order, Finding before, FindingState s, String what, OffsetDateTime now) {
        List<Finding.EvidenceHour> hours = s.window().isEmpty() && before != null ? before.evidence().hours()
                : s.window().stream().map(Finding.EvidenceHour::of).toList();
        Finding.Evidence evidence = new Finding.Evidence(k.rule().name(), k.directiveId(), measuresBehind(k.rule(), order), k.meter(),
                Finding.unit(k.rule()), hours);
        int version = before == null ? 1 : before.version() + 1;
        Finding f = new Finding(Finding.id(k.directiveId(), k.rule(), k.meter()), order.enterpriseId(), order.regionCode(),
                k.directiveId(), order.warningId(), k.rule(), k.meter(), s.outcome(), s.status(), s.firstHour(), s.lastViolation(), s.closedAt(),
                s.violatingHours(), evidence, version, before == null ? null : before.decision(),
                before == null ? null : before.decidedBy(), before == null ? null : before.decidedAt(),
                before == null ? null : before.decisionReason());
        return new Finding.Change(f.findingId() + ":v" + version, what, now, f);
    }

    private static List<org.lantian.directive.OrderPeriods.OrderedMeasure> measuresBehind(Rule rule, OrderPeriod order) {
        return order.measures().stream().filter(m -> switch (rule) {
            case STOP, LIMIT, MONITORING_GAP -> "STOP".equals(m.action()) || "LIMIT".equals(m.action());
            case TRUCK_BAN -> "NO_CHINA_IV_OR_OLDER_TRUCKS".equals(m.action()) || "NO_ROAD_TRANSPORT".equals(m.action());
            default -> false;
        }).toList();
    }

    Uni<Integer> write(SqlConnection tx, List<Finding.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<LogEvent> events = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        for (Finding.Change c : changes) {
            Finding f = c.finding();
            events.add(EventLog.event(c.at(), c.messageId(), eventType(c.change()), f.regionCode(), f.warningId(), f.enterpriseId(),
                    f.directiveId(), c.change().equals("CONFIRMED") || c.change().equals("DISMISSED") ? f.decidedBy() : ACTOR,
                    summary(c)));
            messages.add(new OutboxMessage(TOPIC, f.enterpriseId(), c.messageId(), json(c)));
            registry.counter("aq.compliance.findings", "rule", f.rule().name(), "change", c.change()).increment();
            LOG.infof("finding %s %s: %s on %s of order %s (%d violating hours)", f.findingId(), c.change(), f.rule(), f.meter(),
                    f.directiveId(), f.violatingHours());
        }
        Map<String, Finding> latest = new LinkedHashMap<>();
        changes.forEach(c -> latest.put(c.finding().findingId(), c.finding()));
        return rows.save(tx, List.copyOf(latest.values()), changes.get(0).at())
                .chain(() -> log.append(tx, events))
                .chain(() -> outbox.write(tx, messages))
                .replaceWith(changes.size());
    }

    static EventType eventType(String change) {
        return switch (change) {
            case "OPENED" -> EventType.COMPLIANCE_FINDING_OPENED;
            case "CLOSED" -> EventType.COMPLIANCE_FINDING_CLOSED;
            case "CONFIRMED", "DISMISSED" -> EventType.COMPLIANCE_FINDING_DECIDED;
            default -> EventType.COMPLIANCE_FINDING_UPDATED;
        };
    }

    private static Map<String, Object> summary(Finding.Change c) {
        Finding f = c.finding();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("findingId", f.findingId());
        p.put("change", c.change());
        p.put("rule", f.rule().name());
        p.put("meter", f.meter());
        p.put("outcome", f.outcome().name());
        p.put("status", f.status().name());
        p.put("violatingHours", f.violatingHours());
        if (f.decision() != null && (c.change().equals("CONFIRMED") || c.change().equals("DISMISSED"))) {
            p.put("reason", f.decisionReason());
        }
        return p;
    }

    private String json(Finding.Change c) {
        try {
            return mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
