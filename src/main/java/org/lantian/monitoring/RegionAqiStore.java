package org.lantian.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Region hourly means from the stored readings, and the stored region hourly and daily AQI. */
@ApplicationScoped
public class RegionAqiStore {

    /** A region's stations: its own, or, for the city, those of all its counties. Means are exact (numeric), 3 decimals. */
    private static final String REGION_MEANS = """
            SELECT r.observed_at,
                   round(avg(r.pm25::numeric), 3)::float8, round(avg(r.pm10::numeric), 3)::float8,
                   round(avg(r.so2::numeric), 3)::float8, round(avg(r.no2::numeric), 3)::float8,
                   round(avg(r.co::numeric), 3)::float8, round(avg(r.o3::numeric), 3)::float8, count(*)::int
              FROM reading r
              JOIN station s ON s.code = r.station_code
              JOIN region c ON c.code = s.region_code
             WHERE (c.code = $1 OR c.parent_code = $1) AND r.observed_at > $2 AND r.observed_at <= $3
             GROUP BY r.observed_at
            """;

    private static final String STATION_VALUES = """
            SELECT observed_at, pm25, pm10, so2, no2, co, o3, 1
              FROM reading WHERE station_code = $1 AND observed_at > $2 AND observed_at <= $3
            """;

    /** A stored AQI: its content and revision, and since when it waits to be published (hours only; null: published). */
    public record Stored(String content, int revision, Instant heldSince) {

        public boolean held() {
            return heldSince != null;
        }
    }

    /** A held region-hour released for publishing: its content and the revision it is published with. */
    public record Released(Instant hour, String content, int revision) {
    }

    /** A region's active stations: its own, or, for the city, those of all its counties (as {@link #REGION_MEANS}). */
    private static final String STATIONS = """
            SELECT count(*)::int FROM station s JOIN region c ON c.code = s.region_code
             WHERE (c.code = $1 OR c.parent_code = $1) AND s.active
            """;

    private final Pool pool;

    RegionAqiStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<TreeMap<Instant, HourlyMeans>> regionMeans(SqlClient client, String region, Instant after, Instant upTo) {
        return series(client, REGION_MEANS, region, after, upTo);
    }

    public Uni<TreeMap<Instant, HourlyMeans>> stationValues(String station, Instant after, Instant upTo) {
        return series(pool, STATION_VALUES, station, after, upTo);
    }

    private static Uni<TreeMap<Instant, HourlyMeans>> series(SqlClient client, String sql, String code, Instant after, Instant upTo) {
        return client.preparedQuery(sql).execute(Tuple.of(code, utc(after), utc(upTo))).map(rows -> {
            TreeMap<Instant, HourlyMeans> series = new TreeMap<>();
            for (Row row : rows) {
                series.put(row.getOffsetDateTime(0).toInstant(), new HourlyMeans(row.getDouble(1), row.getDouble(2),
                        row.getDouble(3), row.getDouble(4), row.getDouble(5), row.getDouble(6), row.getInteger(7)));
            }
            return series;
        });
    }

    public Uni<Map<Instant, Stored>> lockHours(SqlConnection tx, String region, Instant after, Instant upTo) {
        return tx.preparedQuery("SELECT hour, content::text, revision, held_since FROM region_hour_aqi "
                        + "WHERE region_code = $1 AND hour > $2 AND hour <= $3 ORDER BY hour FOR UPDATE")
                .execute(Tuple.of(region, utc(after), utc(upTo))).map(rows -> {
                    Map<Instant, Stored> stored = new HashMap<>();
                    for (Row row : rows) {
                        OffsetDateTime heldSince = row.getOffsetDateTime(3);
                        stored.put(row.getOffsetDateTime(0).toInstant(), new Stored(row.getString(1), row.getInteger(2),
                                heldSince == null ? null : heldSince.toInstant()));
                    }
                    return stored;
                });
    }

    /** How many active stations the region has (what "all its stations have reported" counts against). */
    public Uni<Integer> stationCount(SqlConnection tx, String region) {
        return tx.preparedQuery(STATIONS).execute(Tuple.of(region)).map(rows -> rows.iterator().next().getInteger(0));
    }

    /** Region-hours held since {@code dueBy} or earlier, longest held first, at most {@code limit}: region → hours. */
    public Uni<Map<String, List<Instant>>> heldUpTo(Instant dueBy, int limit) {
        return pool.preparedQuery("SELECT region_code, hour FROM region_hour_aqi WHERE held_since <= $1 ORDER BY held_since LIMIT $2")
                .execute(Tuple.of(utc(dueBy), limit)).map(rows -> {
                    Map<String, List<Instant>> held = new java.util.TreeMap<>();
                    for (Row row : rows) {
                        held.computeIfAbsent(row.getString(0), k -> new java.util.ArrayList<>()).add(row.getOffsetDateTime(1).toInstant());
                    }
                    return held;
                });
    }

    /** Marks these held hours published; what was still held, to publish in the same transaction. */
    public Uni<List<Released>> release(SqlConnection tx, String region, List<Instant> hours) {
        return tx.preparedQuery("UPDATE region_hour_aqi SET held_since = NULL WHERE region_code = $1 AND hour = ANY($2) "
                        + "AND held_since IS NOT NULL "
                        + "RETURNING hour, content::text, revision")
                .execute(Tuple.of(region, hours.stream().map(RegionAqiStore::utc).toArray(OffsetDateTime[]::new)))
                .map(rows -> {
                    List<Released> released = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        released.add(new Released(row.getOffsetDateTime(0).toInstant(), row.getString(1), row.getInteger(2)));
                    }
                    released.sort(java.util.Comparator.comparing(Released::hour));
                    return released;
                });
    }

    /**
     * Saves changed hours; {@code heldSince[i]}: since when the hour waits to be published (its revision is the one it
     * will have), null when it is published.
     */
    public Uni<Void> saveHours(SqlConnection tx, String region, List<Instant> hours, List<String> contents,
                               List<Integer> aqis, List<Integer> revisions, List<Instant> heldSince) {
        if (hours.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // computed_at = now(): when the row was written, a stamp that decides nothing
        return tx.preparedQuery("""
                        INSERT INTO region_hour_aqi AS a (region_code, hour, content, aqi, revision, held_since, computed_at)
                        SELECT $1, h, c::jsonb, q, rv, hs, now()
                          FROM unnest($2::timestamptz[], $3::text[], $4::int[], $5::int[], $6::timestamptz[]) AS t(h, c, q, rv, hs)
                        ON CONFLICT (region_code, hour) DO UPDATE
                           SET content = EXCLUDED.content, aqi = EXCLUDED.aqi, revision = EXCLUDED.revision,
                               held_since = EXCLUDED.held_since, computed_at = now()
                         WHERE a.revision < EXCLUDED.revision OR (a.held_since IS NOT NULL AND a.revision = EXCLUDED.revision)
                        """)
                .execute(Tuple.tuple().addString(region)
                        .addArrayOfOffsetDateTime(hours.stream().map(RegionAqiStore::utc).toArray(OffsetDateTime[]::new))
                        .addArrayOfString(contents.toArray(new String[0]))
                        .addArrayOfInteger(aqis.toArray(new Integer[0]))
                        .addArrayOfInteger(revisions.toArray(new Integer[0]))
                        .addArrayOfOffsetDateTime(heldSince.stream().map(t -> t == null ? null : utc(t)).toArray(OffsetDateTime[]::new)))
                .replaceWithVoid();
    }

    /** The region's latest computed hour (this transaction's writes included), or null. */
    public Uni<Instant> latestHour(SqlConnection tx, String region) {
        return tx.preparedQuery("SELECT max(hour) FROM region_hour_aqi WHERE region_code = $1").execute(Tuple.of(region))
                .map(rows -> {
                    OffsetDateTime latest = rows.iterator().next().getOffsetDateTime(0);
                    return latest == null ? null : latest.toInstant();
                });
    }

    public Uni<Map<LocalDate, Stored>> lockDays(SqlConnection tx, String region, List<LocalDate> days) {
        return tx.preparedQuery("SELECT day, content::text, revision FROM region_day_aqi "
                        + "WHERE region_code = $1 AND day = ANY($2) ORDER BY day FOR UPDATE")
                .execute(Tuple.of(region, days.toArray(new LocalDate[0]))).map(rows -> {
                    Map<LocalDate, Stored> stored = new HashMap<>();
                    for (Row row : rows) {
                        stored.put(row.getLocalDate(0), new Stored(row.getString(1), row.getInteger(2), null));
                    }
                    return stored;
                });
    }

    public Uni<Void> saveDay(SqlConnection tx, String region, LocalDate day, String content, Integer aqi, int revision) {
        // computed_at = now(): when the row was written, a stamp that decides nothing
        return tx.preparedQuery("""
                        INSERT INTO region_day_aqi AS d (region_code, day, content, aqi, revision, computed_at)
                        VALUES ($1, $2, $3::text::jsonb, $4, $5, now())
                        ON CONFLICT (region_code, day) DO UPDATE
                           SET content = EXCLUDED.content, aqi = EXCLUDED.aqi, revision = EXCLUDED.revision, computed_at = now()
                         WHERE d.revision < EXCLUDED.revision
                        """)
                .execute(Tuple.of(region, day, content, aqi, revision)).replaceWithVoid();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
