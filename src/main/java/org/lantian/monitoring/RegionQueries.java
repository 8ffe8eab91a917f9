package org.lantian.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Monitoring's answers about regions and their published hourly AQI, for other capabilities (which never read the
 * region or region_hour_aqi tables).
 */
@ApplicationScoped
public class RegionQueries {

    /** A region and the city it belongs to ({@code null} for the city itself). */
    public record RegionParent(String code, String parentCode) {
    }

    /** A region's names: Chinese and English, and its parent ({@code null} for the city). */
    public record RegionName(String code, String name, String nameEn, String parentCode) {
    }

    /** A region's published AQI for one hour ({@code null} when the hour has no AQI). */
    public record HourAqi(OffsetDateTime hour, Integer aqi) {
    }

    private final Pool pool;

    RegionQueries(Pool pool) {
        this.pool = pool;
    }

    /** The known regions among {@code codes}, ordered by code, with their parents; on the caller's client (transaction). */
    public Uni<List<RegionParent>> parents(SqlClient client, Collection<String> codes) {
        String[] array = codes.toArray(String[]::new);
        return client.preparedQuery("SELECT code, parent_code FROM region WHERE code = ANY($1) ORDER BY code")
                .execute(Tuple.of(array)).map(rows -> {
                    List<RegionParent> result = new ArrayList<>();
                    for (Row r : rows) {
                        result.add(new RegionParent(r.getString(0), r.getString(1)));
                    }
                    return result;
                });
    }

    /** Every region, the city first, then the counties by code. */
    public Uni<List<RegionName>> names() {
        return pool.query("SELECT code, name, name_en, parent_code FROM region ORDER BY parent_code NULLS FIRST, code").execute()
                .map(rows -> {
                    List<RegionName> result = new ArrayList<>();
                    for (Row r : rows) {
                        result.add(new RegionName(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
                    }
                    return result;
                });
    }

    /** The region's published hourly AQI for the hours in {@code (after, upTo]}, in order. */
    public Uni<List<HourAqi>> hourlyAqi(String region, Instant after, Instant upTo) {
        return pool.preparedQuery("SELECT hour, aqi FROM region_hour_aqi WHERE region_code = $1 AND hour > $2 AND hour <= $3 "
                        + "ORDER BY hour").execute(Tuple.of(region, after.atOffset(ZoneOffset.UTC), upTo.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<HourAqi> result = new ArrayList<>();
                    for (Row r : rows) {
                        result.add(new HourAqi(r.getOffsetDateTime(0), r.getInteger(1)));
                    }
                    return result;
                });
    }

    /** The codes of the active demo stations, ordered (what the bundled demo episode reports for). */
    public Uni<List<String>> demoStationCodes() {
        return pool.query("SELECT code FROM station WHERE demo AND active ORDER BY code").execute().map(rows -> {
            List<String> result = new ArrayList<>();
            for (Row r : rows) {
                result.add(r.getString(0));
            }
            return result;
        });
    }
}
