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

import org.lantian.directive.DirectiveQueries;
import org.lantian.directive.DirectiveView;
import org.lantian.monitoring.RegionAqiQueries;
import org.lantian.platform.Json;
import org.lantian.warning.WarningQueries;

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
 * past day's brief shows that day's levels, not today's. Regions and their AQI,
 * proposals and warnings, and orders are asked of monitoring, warning and directive
 * (their query APIs) and shown in their shapes: {@code ProposalView}, {@code Warning}
 * (as it stood then), {@code DirectiveView}.
 */
@ApplicationScoped
public class ConsultationBrief {

    public static final ZoneId ZONE = EventView.ZONE;
    /** Overdue orders older than this are left to the directive list (the brief is about the current episode). */
    static final Duration OVERDUE_WINDOW = Duration.ofDays(7);
    private static final int OVERDUE_LISTED = 50;

    private final Pool pool;
    private final ObjectMapper mapper;
    private final RegionAqiQueries regionAqi;
    private final WarningQueries warnings;
    private final DirectiveQueries directives;

    ConsultationBrief(Pool pool, ObjectMapper mapper, RegionAqiQueries regionAqi, WarningQueries warnings,
                      DirectiveQueries directives) {
        this.pool = pool;
        this.mapper = mapper;
        this.regionAqi = regionAqi;
        this.warnings = warnings;
        this.directives = directives;
    }

    public Uni<Map<String, Object>> of(LocalDate date, OffsetDateTime now) {
        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime asOf = now.isBefore(dayEnd) ? now : dayEnd;
        Tuple at = Tuple.of(asOf);
        Map<String, Map<String, Object>> regions = new LinkedHashMap<>();
        return regionAqi.regions().invoke(list -> {
            for (RegionAqiQueries.RegionSummary r : list) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("regionCode", r.regionCode());
                region.put("name", r.name());
                region.put("kind", r.kind());
                region.put("aqiLast24h", new ArrayList<>());
                region.put("dailyAqi", null);
                region.put("latestForecast", null);
                region.put("openProposals", new ArrayList<>());
                region.put("activeWarnings", new ArrayList<>());
                region.put("effectiveLevel", Map.of("level", "NONE"));
                region.put("orders", orders(0, 0));
                region.put("overdueCount", 0L);
                region.put("overdueOrders", new ArrayList<>());
                regions.put(r.regionCode(), region);
            }
        })
                .chain(() -> regionAqi.hoursInDayTo(asOf).invoke(byRegion -> byRegion.forEach((code, hours) ->
                        put(regions, code, "aqiLast24h", hours))))
                .chain(() -> regionAqi.days(date).invoke(byRegion -> byRegion.forEach((code, day) ->
                        put(regions, code, "dailyAqi", day))))
                // from the log: the forecast (revision) as it was known then, not a later revision of it
                .chain(() -> query("""
                        SELECT DISTINCT ON (region_code) region_code, payload::text AS payload FROM event_log
                         WHERE type = 'FORECAST_RECEIVED' AND at <= $1
                         ORDER BY region_code, (payload->>'issuedAt')::timestamptz DESC, seq DESC
                        """, at).invoke(rows -> each(rows, regions, r -> put(regions, r, "latestForecast", forecast(r)))))
                .chain(() -> warnings.openAsOf(asOf).invoke(list -> list.forEach(p ->
                        append(regions, p.regionCode(), "openProposals", p))))
                .chain(() -> warnings.activeAsOf(asOf).invoke(list -> list.forEach(w ->
                        append(regions, w.regionCode(), "activeWarnings", w))))
                .chain(() -> query("""
                        SELECT DISTINCT ON (region_code) region_code, payload->>'level' AS level, at, warning_id
                          FROM event_log WHERE type = 'EFFECTIVE_LEVEL_CHANGED' AND at <= $1 ORDER BY region_code, seq DESC
                        """, at).invoke(rows -> each(rows, regions, r -> put(regions, r, "effectiveLevel", effective(r)))))
                .chain(() -> directives.issuedInDayTo(asOf).invoke(list -> list.forEach(o ->
                        put(regions, o.regionCode(), "orders", orders(o.issued(), o.acknowledged())))))
                .chain(() -> directives.overdueAsOf(asOf, asOf.minus(OVERDUE_WINDOW)).invoke(list -> list.forEach(o ->
                        overdue(regions, o))))
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
    private static void append(Map<String, Map<String, Object>> regions, String region, String key, Object value) {
        if (regions.containsKey(region)) {
            ((List<Object>) regions.get(region).get(key)).add(value);
        }
    }

    private static void put(Map<String, Map<String, Object>> regions, Row r, String key, Object value) {
        put(regions, r.getString("region_code"), key, value);
    }

    private static void put(Map<String, Map<String, Object>> regions, String region, String key, Object value) {
        if (regions.containsKey(region)) {
            regions.get(region).put(key, value);
        }
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
        o.put("ackRate", DirectiveQueries.ackRate(issued, acked));
        return o;
    }

    @SuppressWarnings("unchecked")
    private static void overdue(Map<String, Map<String, Object>> regions, DirectiveView o) {
        Map<String, Object> region = regions.get(o.regionCode());
        if (region == null) {
            return;
        }
        region.merge("overdueCount", 1L, (a, b) -> (Long) a + (Long) b);
        List<Object> listed = (List<Object>) region.get("overdueOrders");
        if (listed.size() < OVERDUE_LISTED) {
            listed.add(o);
        }
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
