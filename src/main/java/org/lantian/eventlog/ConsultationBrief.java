package org.lantian.eventlog;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The daily consultation brief: for the city and each county, as things stood
 * at the end of the day (or now, for today) — the last 24 hours of AQI and the
 * day's AQI, the latest forecast, open proposals with their reasons, active
 * warnings and effective levels, the acknowledgement rate of the last 24 hours'
 * orders and the overdue ones. Effective levels come from the event log, so a
 * past day's brief shows that day's levels, not today's.
 */
@ApplicationScoped
public class ConsultationBrief {

    public static final ZoneId ZONE = EventRows.ZONE;
    /** Overdue orders older than this are left to the directive list (the brief is about the current episode). */
    static final Duration OVERDUE_WINDOW = Duration.ofDays(7);
    private static final int OVERDUE_LISTED = 50;

    private final Pool pool;
    private final ObjectMapper mapper;

    ConsultationBrief(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<Map<String, Object>> of(LocalDate date, OffsetDateTime now) {
        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime asOf = now.isBefore(dayEnd) ? now : dayEnd;
        Tuple at = Tuple.of(asOf);
        Map<String, Map<String, Object>> regions = new LinkedHashMap<>();
        return query("SELECT code, name, kind FROM region ORDER BY kind, code", Tuple.tuple()).invoke(rows -> {
            for (Row r : rows) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("regionCode", r.getString("code"));
                region.put("name", r.getString("name"));
                region.put("kind", r.getString("kind"));
                region.put("aqiLast24h", new ArrayList<>());
                region.put("dailyAqi", null);
                region.put("latestForecast", null);
                region.put("openProposals", new ArrayList<>());
                region.put("activeWarnings", new ArrayList<>());
                region.put("effectiveLevel", Map.of("level", "NONE"));
                region.put("orders", orders(0, 0));
                region.put("overdueCount", 0L);
                region.put("overdueOrders", new ArrayList<>());
                regions.put(r.getString("code"), region);
            }
        })
                .chain(() -> query("""
                        SELECT region_code, %s
                          FROM region_hour_aqi WHERE hour > $1::timestamptz - interval '24 hours' AND hour <= $1 ORDER BY region_code, hour
                        """.formatted(EventRows.HOUR_COLUMNS), at).invoke(rows -> each(rows, regions, r -> append(regions, r, "aqiLast24h", EventRows.hour(r, mapper)))))
                .chain(() -> query("SELECT region_code, content::text AS content FROM region_day_aqi WHERE day = $1",
                        Tuple.of(date)).invoke(rows -> each(rows, regions, r -> put(regions, r, "dailyAqi", daily(r)))))
                // from the log: the forecast (revision) as it was known then, not a later revision of it
                .chain(() -> query("""
                        SELECT DISTINCT ON (region_code) region_code, payload::text AS payload FROM event_log
                         WHERE type = 'FORECAST_RECEIVED' AND at <= $1
                         ORDER BY region_code, (payload->>'issuedAt')::timestamptz DESC, seq DESC
                        """, at).invoke(rows -> each(rows, regions, r -> put(regions, r, "latestForecast", forecast(r)))))
                .chain(() -> query("""
                        SELECT id, region_code, level, previous_level, kind, rule_set, cause, mandatory, reasons::text AS reasons,
                               trigger, created_at
                          FROM warning_proposal WHERE created_at <= $1 AND (closed_at IS NULL OR closed_at > $1)
                         ORDER BY created_at
                        """, at).invoke(rows -> each(rows, regions, r -> append(regions, r, "openProposals", proposal(r)))))
                .chain(() -> query("""
                        SELECT w.id, w.region_code, w.issued_at, w.issued_by, w.cause, w.mandatory,
                               COALESCE((SELECT a.level FROM warning_action a WHERE a.warning_id = w.id AND a.at <= $1
                                          ORDER BY a.version DESC LIMIT 1), w.level) AS level
                          FROM warning w WHERE w.issued_at <= $1 AND (w.lifted_at IS NULL OR w.lifted_at > $1)
                         ORDER BY w.issued_at
                        """, at).invoke(rows -> each(rows, regions, r -> append(regions, r, "activeWarnings", warning(r)))))
                .chain(() -> query("""
                        SELECT DISTINCT ON (region_code) region_code, payload->>'level' AS level, at, warning_id
                          FROM event_log WHERE type = 'EFFECTIVE_LEVEL_CHANGED' AND at <= $1 ORDER BY region_code, seq DESC
                        """, at).invoke(rows -> each(rows, regions, r -> put(regions, r, "effectiveLevel", effective(r)))))
                .chain(() -> query("""
                        SELECT region_code, count(*) AS issued, count(*) FILTER (WHERE acked_at <= $1) AS acked
                          FROM directive WHERE issued_at > $1::timestamptz - interval '24 hours' AND issued_at <= $1 GROUP BY region_code
                        """, at).invoke(rows -> each(rows, regions,
                        r -> put(regions, r, "orders", orders(r.getLong("issued"), r.getLong("acked"))))))
                .chain(() -> query("""
                        SELECT id, kind, subject, region_code, level, action, ack_deadline, escalated_at FROM directive
                         WHERE ack_deadline <= $1 AND ack_deadline > $2 AND issued_at <= $1 AND (acked_at IS NULL OR acked_at > $1)
                         ORDER BY region_code, ack_deadline, id
                        """, Tuple.of(asOf, asOf.minus(OVERDUE_WINDOW))).invoke(rows -> each(rows, regions, r -> overdue(regions, r))))
                .map(ignored -> {
                    Map<String, Object> brief = new LinkedHashMap<>();
                    brief.put("date", date.toString());
                    brief.put("asOf", asOf.atZoneSameInstant(ZONE).toOffsetDateTime());
                    brief.put("final", !now.isBefore(dayEnd));
                    brief.put("summary", summary(regions.values()));
                    brief.put("regions", List.copyOf(regions.values()));
                    return brief;
                });
    }

    private Uni<RowSet<Row>> query(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params);
    }

    private static void each(RowSet<Row> rows, Map<String, Map<String, Object>> regions, java.util.function.Consumer<Row> action) {
        for (Row r : rows) {
            if (regions.containsKey(r.getString("region_code"))) {
                action.accept(r);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void append(Map<String, Map<String, Object>> regions, Row r, String key, Object value) {
        ((List<Object>) regions.get(r.getString("region_code")).get(key)).add(value);
    }

    private static void put(Map<String, Map<String, Object>> regions, Row r, String key, Object value) {
        regions.get(r.getString("region_code")).put(key, value);
    }

    private Map<String, Object> daily(Row r) {
        JsonNode c = tree(r.getString("content"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("aqi", c.path("aqi").isNumber() ? c.path("aqi").intValue() : null);
        d.put("level", c.path("level").isNumber() ? c.path("level").intValue() : null);
        d.put("category", c.path("category").asText(null));
        d.put("primaryPollutants", c.path("primaryPollutants"));
        return d;
    }

    private Map<String, Object> forecast(Row r) {
        JsonNode received = tree(r.getString("payload"));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("issuedAt", OffsetDateTime.parse(received.path("issuedAt").asText()).atZoneSameInstant(ZONE).toOffsetDateTime());
        f.put("issuer", received.path("issuer").asText(null));
        f.put("revision", received.path("revision").asInt());
        f.put("periods", received.path("periods"));
        return f;
    }

    private Map<String, Object> proposal(Row r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("proposalId", r.getString("id"));
        p.put("level", r.getString("level"));
        p.put("previousLevel", r.getString("previous_level"));
        p.put("kind", r.getString("kind"));
        p.put("ruleSet", r.getString("rule_set"));
        p.put("cause", r.getString("cause"));
        p.put("mandatory", r.getBoolean("mandatory"));
        p.put("trigger", r.getString("trigger"));
        p.put("createdAt", r.getOffsetDateTime("created_at").atZoneSameInstant(ZONE).toOffsetDateTime());
        p.put("reasons", tree(r.getString("reasons")));
        return p;
    }

    private static Map<String, Object> warning(Row r) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("warningId", r.getString("id"));
        w.put("level", r.getString("level"));
        w.put("cause", r.getString("cause"));
        w.put("mandatory", r.getBoolean("mandatory"));
        w.put("issuedAt", r.getOffsetDateTime("issued_at").atZoneSameInstant(ZONE).toOffsetDateTime());
        w.put("issuedBy", r.getString("issued_by"));
        return w;
    }

    private static Map<String, Object> effective(Row r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("level", r.getString("level"));
        e.put("since", r.getOffsetDateTime("at").atZoneSameInstant(ZONE).toOffsetDateTime());
        e.put("cause", r.getString("warning_id"));
        return e;
    }

    private static Map<String, Object> orders(long issued, long acked) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("issuedLast24h", issued);
        o.put("acknowledged", acked);
        o.put("ackRate", issued == 0 ? null : Math.round(1000.0 * acked / issued) / 1000.0);
        return o;
    }

    @SuppressWarnings("unchecked")
    private static void overdue(Map<String, Map<String, Object>> regions, Row r) {
        Map<String, Object> region = regions.get(r.getString("region_code"));
        region.merge("overdueCount", 1L, (a, b) -> (Long) a + (Long) b);
        List<Object> listed = (List<Object>) region.get("overdueOrders");
        if (listed.size() >= OVERDUE_LISTED) {
            return;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("directiveId", r.getString("id"));
        o.put("kind", r.getString("kind"));
        o.put("subject", r.getString("subject"));
        o.put("level", r.getString("level"));
        o.put("action", r.getString("action"));
        o.put("ackDeadline", r.getOffsetDateTime("ack_deadline").atZoneSameInstant(ZONE).toOffsetDateTime());
        o.put("escalated", r.getValue("escalated_at") != null);
        listed.add(o);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(java.util.Collection<Map<String, Object>> regions) {
        long issued = 0;
        long acked = 0;
        long overdue = 0;
        long warnings = 0;
        long proposals = 0;
        List<String> order = List.of("NONE", "BLUE", "YELLOW", "ORANGE", "RED");
        String highest = "NONE";
        for (Map<String, Object> r : regions) {
            Map<String, Object> o = (Map<String, Object>) r.get("orders");
            issued += (Long) o.get("issuedLast24h");
            acked += (Long) o.get("acknowledged");
            overdue += (Long) r.get("overdueCount");
            warnings += ((List<?>) r.get("activeWarnings")).size();
            proposals += ((List<?>) r.get("openProposals")).size();
            String level = (String) ((Map<String, Object>) r.get("effectiveLevel")).get("level");
            if (order.indexOf(level) > order.indexOf(highest)) {
                highest = level;
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("highestEffectiveLevel", highest);
        s.put("activeWarnings", warnings);
        s.put("openProposals", proposals);
        s.putAll(orders(issued, acked));
        s.put("overdueOrders", overdue);
        return s;
    }

    private JsonNode tree(String json) {
        return Json.read(mapper, json);
    }
}
