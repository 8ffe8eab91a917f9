package org.lantian.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.aqi.AqiEngine;
import org.lantian.aqi.AqiStandards;
import org.lantian.platform.Json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private static final TypeReference<List<Forecast.Period>> PERIODS = new TypeReference<>() {
    };

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
                    List<AqiViews.HourAqi> hours = new ArrayList<>();
                    for (Row row : rows) {
                        hours.add(Json.read(mapper, row.getString(1), AqiViews.HourAqi.class).withRevision(row.getInteger(2)));
                    }
                    return hours;
                })
                .chain(hours -> store.regionMeans(pool, code, from.minus(Duration.ofHours(8)), at)
                        .chain(means -> latestForecast(code, at).map(forecast -> {
                            AqiViews.HourAqi current = hours.isEmpty() ? null : hours.get(hours.size() - 1);
                            List<AqiViews.HourAqi> last24h = current == null ? List.of() : hours.stream()
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
            List<AqiViews.HourAqi> last24h = recent.keySet().stream().map(h -> series.hourly(h).orElseThrow()).toList();
            return new AqiViews.StationAqi(station, last24h.isEmpty() ? null : last24h.get(last24h.size() - 1), last24h,
                    today(series, today), yesterday(series, today));
        });
    }

    private static AqiViews.DayAqi today(AqiSeries series, LocalDate today) {
        return series.daily(today).map(d -> d.withClosed(false)).orElse(null);
    }

    private static AqiViews.DayAqi yesterday(AqiSeries series, LocalDate today) {
        return series.daily(today.minusDays(1)).map(d -> d.withClosed(true)).orElse(null);
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
                            .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Json.read(mapper, row.getString(1), PERIODS));
                });
    }

    private static Instant hourOf(AqiViews.HourAqi hour) {
        return OffsetDateTime.parse(hour.hour()).toInstant();
    }
}
