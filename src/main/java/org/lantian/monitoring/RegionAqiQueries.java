package org.lantian.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.aqi.AqiStandards;
import org.lantian.platform.Json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other capabilities may ask about regions and their published AQI (consultation's brief and timeline do):
 * typed answers read from monitoring's own tables. Times are shown in Asia/Shanghai.
 */
@ApplicationScoped
public class RegionAqiQueries {

    /** The city or a county, as a list entry. */
    public record RegionSummary(String regionCode, String name, String kind) {
    }

    /** A region's published hourly AQI (hour = end of the hour), in short. */
    public record RegionHourAqi(OffsetDateTime hour, Integer aqi, Integer level, String category, List<String> primaryPollutants,
                                Integer revision) {
    }

    /** A region's published daily AQI, in short. */
    public record RegionDayAqi(Integer aqi, Integer level, String category, List<String> primaryPollutants) {
    }

    private static final String HOUR_COLUMNS = "region_code, hour, aqi, content->>'level' AS level, content->>'category' AS category, "
            + "(content->'primaryPollutants')::text AS primary, revision";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper mapper;

    RegionAqiQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** Every region, by kind then code. */
    public Uni<List<RegionSummary>> regions() {
        return pool.preparedQuery("SELECT code, name, kind FROM region ORDER BY kind, code").execute(Tuple.tuple())
                .map(rows -> {
                    List<RegionSummary> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new RegionSummary(r.getString("code"), r.getString("name"), r.getString("kind"))));
                    return list;
                });
    }

    /** Per region with data: its hours in the 24 hours up to {@code asOf}, in order. */
    public Uni<Map<String, List<RegionHourAqi>>> hoursInDayTo(OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT %s
                          FROM region_hour_aqi WHERE hour > $1::timestamptz - interval '24 hours' AND hour <= $1 ORDER BY region_code, hour
                        """.formatted(HOUR_COLUMNS)).execute(Tuple.of(asOf))
                .map(rows -> {
                    Map<String, List<RegionHourAqi>> byRegion = new LinkedHashMap<>();
                    rows.forEach(r -> byRegion.computeIfAbsent(r.getString("region_code"), k -> new ArrayList<>()).add(hour(r)));
                    return byRegion;
                });
    }

    /** A region's hours ending after {@code from} up to {@code to}, in order. */
    public Uni<List<RegionHourAqi>> hours(String region, OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery("""
                        SELECT %s
                          FROM region_hour_aqi WHERE region_code = $1 AND hour > $2 AND hour <= $3 ORDER BY hour
                        """.formatted(HOUR_COLUMNS)).execute(Tuple.of(region, from, to))
                .map(rows -> {
                    List<RegionHourAqi> hours = new ArrayList<>();
                    rows.forEach(r -> hours.add(hour(r)));
                    return hours;
                });
    }

    /** Per region with one: the published daily AQI of {@code day}. */
    public Uni<Map<String, RegionDayAqi>> days(LocalDate day) {
        return pool.preparedQuery("SELECT region_code, content::text AS content FROM region_day_aqi WHERE day = $1")
                .execute(Tuple.of(day))
                .map(rows -> {
                    Map<String, RegionDayAqi> byRegion = new LinkedHashMap<>();
                    for (Row r : rows) {
                        AqiViews.DayAqi c = Json.read(mapper, r.getString("content"), AqiViews.DayAqi.class);
                        byRegion.put(r.getString("region_code"), new RegionDayAqi(c.aqi(), c.level(), c.category(),
                                c.primaryPollutants()));
                    }
                    return byRegion;
                });
    }

    private RegionHourAqi hour(Row r) {
        return new RegionHourAqi(r.getOffsetDateTime("hour").atZoneSameInstant(AqiStandards.ZONE).toOffsetDateTime(),
                r.getInteger("aqi"), r.getString("level") == null ? null : Integer.valueOf(r.getString("level")),
                r.getString("category"), Json.read(mapper, r.getString("primary"), STRINGS), r.getInteger("revision"));
    }
}
