package org.lantian.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.aqi.AqiEngine;
import org.lantian.aqi.AqiStandards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the AQI endpoints show as of a moment: the current hour, the 24 hours up
 * to it, today's (provisional) and yesterday's daily AQI, and the latest forecast.
 * Regions read the published region AQI; stations are computed from their readings.
 */
@ApplicationScoped
public class AqiQueries {

    private static final Duration DAY = Duration.ofHours(24);

    private final Pool pool;
    private final RegionAqiStore store;
    private final AqiEngine engine;
    private final ObjectMapper mapper;

    AqiQueries(Pool pool, RegionAqiStore store, AqiEngine engine, ObjectMapper mapper) {
        this.pool = pool;
        this.store = store;
        this.engine = engine;
        this.mapper = mapper;
    }

    public Uni<Map<String, Object>> region(String region, Instant at) {
        LocalDate today = RegionAqiAggregator.dayOf(at);
        Instant from = RegionAqiAggregator.endOf(today.minusDays(2));
        Map<String, Object> view = new LinkedHashMap<>();
        return pool.preparedQuery("SELECT hour, content::text, revision FROM region_hour_aqi "
                        + "WHERE region_code = $1 AND hour > $2 AND hour <= $3 ORDER BY hour")
                .execute(Tuple.of(region, RegionAqiStore.utc(at.minus(DAY.multipliedBy(2))), RegionAqiStore.utc(at)))
                .map(rows -> {
                    List<JsonNode> hours = new ArrayList<>();
                    for (Row row : rows) {
                        ObjectNode hour = (ObjectNode) parse(row.getString(1));
                        hour.put("revision", row.getInteger(2));
                        hours.add(hour);
                    }
                    return hours;
                })
                .invoke(hours -> {
                    JsonNode current = hours.isEmpty() ? null : hours.get(hours.size() - 1);
                    view.put("current", current);
                    view.put("last24h", current == null ? List.of() : hours.stream()
                            .filter(h -> hourOf(h).isAfter(hourOf(current).minus(DAY)))
                            .toList());
                })
                .chain(() -> store.regionMeans(pool, region, from.minus(Duration.ofHours(8)), at))
                .invoke(means -> daily(view, new AqiSeries(engine, means), today))
                .chain(() -> latestForecast(region, at))
                .invoke(forecast -> view.put("forecast", forecast))
                .replaceWith(view);
    }

    public Uni<Map<String, Object>> station(String station, Instant at) {
        LocalDate today = RegionAqiAggregator.dayOf(at);
        Instant from = RegionAqiAggregator.endOf(today.minusDays(2));
        return store.stationValues(station, from.minus(Duration.ofHours(8)), at).map(values -> {
            AqiSeries series = new AqiSeries(engine, values);
            Map<String, Object> view = new LinkedHashMap<>();
            TreeMap<Instant, HourlyMeans> recent = new TreeMap<>(values.tailMap(at.minus(DAY), false));
            List<Map<String, Object>> last24h = recent.keySet().stream().map(h -> series.hourly(h).orElseThrow()).toList();
            view.put("current", last24h.isEmpty() ? null : last24h.get(last24h.size() - 1));
            view.put("last24h", last24h);
            daily(view, series, today);
            return view;
        });
    }

    private static void daily(Map<String, Object> view, AqiSeries series, LocalDate today) {
        view.put("today", series.daily(today).map(d -> withFinal(d, false)).orElse(null));
        view.put("yesterday", series.daily(today.minusDays(1)).map(d -> withFinal(d, true)).orElse(null));
    }

    private static Map<String, Object> withFinal(Map<String, Object> daily, boolean closed) {
        Map<String, Object> result = new LinkedHashMap<>(daily);
        result.put("closed", closed);
        return result;
    }

    public Uni<JsonNode> latestForecast(String region, Instant at) {
        return pool.preparedQuery("SELECT issued_at, periods::text FROM forecast WHERE region_code = $1 AND issued_at <= $2 "
                        + "ORDER BY issued_at DESC LIMIT 1")
                .execute(Tuple.of(region, RegionAqiStore.utc(at)))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    ObjectNode forecast = mapper.createObjectNode();
                    forecast.put("issuedAt", row.getOffsetDateTime(0).atZoneSameInstant(AqiStandards.ZONE)
                            .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    forecast.set("periods", parse(row.getString(1)));
                    return forecast;
                });
    }

    private static Instant hourOf(JsonNode hour) {
        return OffsetDateTime.parse(hour.get("hour").asText()).toInstant();
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
