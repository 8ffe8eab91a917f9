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

    public Uni<AqiViews.RegionAqi> region(Region region, Instant at) {
        String code = region.code;
        LocalDate today = RegionAqiAggregator.dayOf(at);
        Instant from = RegionAqiAggregator.endOf(today.minusDays(2));
        return pool.preparedQuery("SELECT hour, content::text, revision FROM region_hour_aqi "
                        + "WHERE region_code = $1 AND hour > $2 AND hour <= $3 ORDER BY hour")
                .execute(Tuple.of(code, RegionAqiStore.utc(at.minus(DAY.multipliedBy(2))), RegionAqiStore.utc(at)))
                .map(rows -> {
                    List<JsonNode> hours = new ArrayList<>();
                    for (Row row : rows) {
                        ObjectNode hour = (ObjectNode) parse(row.getString(1));
                        hour.put("revision", row.getInteger(2));
                        hours.add(hour);
                    }
                    return hours;
                })
                .chain(hours -> store.regionMeans(pool, code, from.minus(Duration.ofHours(8)), at)
                        .chain(means -> latestForecast(code, at).map(forecast -> {
                            JsonNode current = hours.isEmpty() ? null : hours.get(hours.size() - 1);
                            List<JsonNode> last24h = current == null ? List.of() : hours.stream()
                                    .filter(h -> hourOf(h).isAfter(hourOf(current).minus(DAY)))
                                    .toList();
                            AqiSeries series = new AqiSeries(engine, means);
                            return new AqiViews.RegionAqi(region, current, last24h, today(series, today), yesterday(series, today),
                                    forecast);
                        })));
    }

    public Uni<AqiViews.StationAqi> station(Station station, Instant at) {
        LocalDate today = RegionAqiAggregator.dayOf(at);
        Instant from = RegionAqiAggregator.endOf(today.minusDays(2));
        return store.stationValues(station.code, from.minus(Duration.ofHours(8)), at).map(values -> {
            AqiSeries series = new AqiSeries(engine, values);
            TreeMap<Instant, HourlyMeans> recent = new TreeMap<>(values.tailMap(at.minus(DAY), false));
            List<Map<String, Object>> last24h = recent.keySet().stream().map(h -> series.hourly(h).orElseThrow()).toList();
            return new AqiViews.StationAqi(station, last24h.isEmpty() ? null : last24h.get(last24h.size() - 1), last24h,
                    today(series, today), yesterday(series, today));
        });
    }

    private static Map<String, Object> today(AqiSeries series, LocalDate today) {
        return series.daily(today).map(d -> withFinal(d, false)).orElse(null);
    }

    private static Map<String, Object> yesterday(AqiSeries series, LocalDate today) {
        return series.daily(today.minusDays(1)).map(d -> withFinal(d, true)).orElse(null);
    }

    private static Map<String, Object> withFinal(Map<String, Object> daily, boolean closed) {
        Map<String, Object> result = new LinkedHashMap<>(daily);
        result.put("closed", closed);
        return result;
    }

    public Uni<AqiViews.ForecastView> latestForecast(String region, Instant at) {
        return pool.preparedQuery("SELECT issued_at, periods::text FROM forecast WHERE region_code = $1 AND issued_at <= $2 "
                        + "ORDER BY issued_at DESC LIMIT 1")
                .execute(Tuple.of(region, RegionAqiStore.utc(at)))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new AqiViews.ForecastView(row.getOffsetDateTime(0).atZoneSameInstant(AqiStandards.ZONE)
                            .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), parse(row.getString(1)));
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
