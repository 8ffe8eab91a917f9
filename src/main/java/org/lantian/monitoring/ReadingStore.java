package org.lantian.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.ingest.StoreResult;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a batch of readings in one transaction: refuses readings too far behind
 * their station's latest hour, inserts new station-hours, ignores identical
 * replays, turns different values into corrections (revision + 1, old and new
 * kept), advances the stations' watermarks, and — in the same transaction —
 * queues a region-hour mark (through {@link Outbox} → {@value RegionHourMarks#TOPIC}) for every
 * region whose hour changed, so no change can be stored without its region
 * being recomputed.
 */
@ApplicationScoped
public class ReadingStore {

    // received_at = now() (and its column default): when the input was stored, a technical stamp that decides nothing
    private static final String UPSERT = """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::float8[], $4::float8[], $5::float8[],
                                     $6::float8[], $7::float8[], $8::float8[], $9::float8[])
                         AS t(station_code, observed_at, pm25, pm10, so2, no2, co, o3, o3_8h)
            ), previous AS (
                SELECT r.* FROM reading r JOIN input i USING (station_code, observed_at)
            ), written AS (
                INSERT INTO reading AS r (station_code, observed_at, pm25, pm10, so2, no2, co, o3, o3_8h)
                SELECT * FROM input
                ON CONFLICT (station_code, observed_at) DO UPDATE
                   SET pm25 = EXCLUDED.pm25, pm10 = EXCLUDED.pm10, so2 = EXCLUDED.so2, no2 = EXCLUDED.no2,
                       co = EXCLUDED.co, o3 = EXCLUDED.o3, o3_8h = EXCLUDED.o3_8h,
                       revision = r.revision + 1, received_at = now()
                 WHERE (r.pm25, r.pm10, r.so2, r.no2, r.co, r.o3, r.o3_8h)
                       IS DISTINCT FROM (EXCLUDED.pm25, EXCLUDED.pm10, EXCLUDED.so2, EXCLUDED.no2,
                                         EXCLUDED.co, EXCLUDED.o3, EXCLUDED.o3_8h)
                RETURNING r.*
            ), corrections AS (
                INSERT INTO reading_correction (station_code, observed_at, revision, previous, corrected)
                SELECT w.station_code, w.observed_at, w.revision,
                       jsonb_build_object('pm25', p.pm25, 'pm10', p.pm10, 'so2', p.so2, 'no2', p.no2,
                                          'co', p.co, 'o3', p.o3, 'o3_8h', p.o3_8h),
                       jsonb_build_object('pm25', w.pm25, 'pm10', w.pm10, 'so2', w.so2, 'no2', w.no2,
                                          'co', w.co, 'o3', w.o3, 'o3_8h', w.o3_8h)
                  FROM written w JOIN previous p USING (station_code, observed_at)
                RETURNING 1
            ), changed_region_hours AS (
                SELECT DISTINCT v.region_code, w.observed_at AS hour
                  FROM written w
                  JOIN station s ON s.code = w.station_code
                  JOIN region c ON c.code = s.region_code
                  CROSS JOIN LATERAL (VALUES (c.code), (c.parent_code)) AS v(region_code)
                 WHERE v.region_code IS NOT NULL
            )
            SELECT (SELECT count(*) FROM written) AS written, (SELECT count(*) FROM corrections) AS corrected,
                   'region-hour:' || m.region_code || ':' || extract(epoch FROM m.hour)::bigint || ':' || txid_current() AS mark_id,
                   m.region_code AS mark_region,
                   json_build_object('regionCode', m.region_code,
                                     'hour', to_char(m.hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text AS mark
              FROM (SELECT 1) AS one LEFT JOIN changed_region_hours m ON true ORDER BY m.region_code, m.hour
            """;

    /** Rows exist first (epoch = nothing seen yet), so that even a station's first batch is serialised by the lock. */
    private static final String ENSURE_WATERMARKS = """
            INSERT INTO station_watermark (station_code, max_observed_at)
            SELECT unnest($1::text[]), 'epoch'::timestamptz ON CONFLICT (station_code) DO NOTHING
            """;

    private static final String WATERMARKS = """
            SELECT station_code, max_observed_at FROM station_watermark WHERE station_code = ANY($1) ORDER BY station_code FOR UPDATE
            """;

    private static final String ADVANCE_WATERMARKS = """
            INSERT INTO station_watermark AS w (station_code, max_observed_at)
            SELECT * FROM unnest($1::text[], $2::timestamptz[])
            ON CONFLICT (station_code) DO UPDATE SET max_observed_at = GREATEST(w.max_observed_at, EXCLUDED.max_observed_at)
            """;

    private static final String STORED = """
            SELECT r.station_code, r.observed_at, r.pm25, r.pm10, r.so2, r.no2, r.co, r.o3, r.o3_8h
              FROM reading r JOIN unnest($1::text[], $2::timestamptz[]) AS k(station_code, observed_at)
                   USING (station_code, observed_at)
            """;

    private final Pool pool;
    private final Outbox outbox;

    ReadingStore(Pool pool, Outbox outbox) {
        this.pool = pool;
        this.outbox = outbox;
    }

    public Uni<StoreResult<Reading>> upsert(List<Reading> readings, Duration lateness) {
        if (readings.isEmpty()) {
            return Uni.createFrom().item(StoreResult.of(StoreOutcome.NOTHING));
        }
        return pool.withTransaction(tx -> watermarks(tx, readings)
                        .chain(marks -> sortByLateness(tx, readings, marks, lateness))
                        .chain(sorted -> write(tx, sorted)))
                .invoke(outbox::wake);
    }

    private Uni<Map<String, Instant>> watermarks(SqlConnection tx, List<Reading> readings) {
        String[] stations = readings.stream().map(Reading::stationCode).distinct().sorted().toArray(String[]::new);
        return tx.preparedQuery(ENSURE_WATERMARKS).execute(Tuple.of(stations))
                .chain(() -> tx.preparedQuery(WATERMARKS).execute(Tuple.of(stations))).map(rows -> {
            Map<String, Instant> marks = new HashMap<>();
            for (Row row : rows) {
                marks.put(row.getString(0), row.getOffsetDateTime(1).toInstant());
            }
            return marks;
        });
    }

    /** In arrival order, as Kafka delivered each station's readings: a reading too far behind its station's latest hour is late. */
    private Uni<Sorted> sortByLateness(SqlConnection tx, List<Reading> readings, Map<String, Instant> marks, Duration lateness) {
        Sorted sorted = new Sorted();
        List<Reading> late = new ArrayList<>();
        for (Reading r : readings) {
            Instant at = r.observedAt().toInstant();
            Instant mark = marks.get(r.stationCode());
            if (mark != null && at.isBefore(mark.minus(lateness))) {
                late.add(r);
            } else {
                sorted.onTime.add(r);
                marks.merge(r.stationCode(), at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        sorted.watermarks.putAll(marks);
        if (late.isEmpty()) {
            return Uni.createFrom().item(sorted);
        }
        // a late replay of what we already have is a duplicate, not an error
        return tx.preparedQuery(STORED).execute(Tuple.tuple()
                        .addArrayOfString(late.stream().map(Reading::stationCode).toArray(String[]::new))
                        .addArrayOfOffsetDateTime(late.stream().map(Reading::observedAt).toArray(OffsetDateTime[]::new)))
                .map(rows -> {
                    Set<Reading> stored = new HashSet<>();
                    for (Row row : rows) {
                        stored.add(new Reading(row.getString(0), row.getOffsetDateTime(1), row.getDouble(2),
                                row.getDouble(3), row.getDouble(4), row.getDouble(5), row.getDouble(6), row.getDouble(7),
                                row.getDouble(8)));
                    }
                    for (Reading r : late) {
                        if (stored.contains(normalised(r))) {
                            sorted.lateDuplicates++;
                        } else {
                            sorted.refused.add(new StoreResult.Refused<>(r, new RecordRejected("too-late", "observedAt",
                                    "observedAt " + r.observedAt() + " is more than " + lateness + " before station "
                                            + r.stationCode() + "'s latest hour " + marks.get(r.stationCode()))));
                        }
                    }
                    return sorted;
                });
    }

    private static Reading normalised(Reading r) {
        return new Reading(r.stationCode(), r.observedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), r.pm25(), r.pm10(),
                r.so2(), r.no2(), r.co(), r.o3(), r.o3_8h());
    }

    private Uni<StoreResult<Reading>> write(SqlConnection tx, Sorted sorted) {
        List<Reading> batch = latestPerStationHour(sorted.onTime);
        if (batch.isEmpty()) {
            return Uni.createFrom().item(new StoreResult<>(new StoreOutcome(0, 0, sorted.lateDuplicates), sorted.refused));
        }
        int n = batch.size();
        String[] station = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        Double[][] values = new Double[7][n];
        for (int i = 0; i < n; i++) {
            Reading r = batch.get(i);
            station[i] = r.stationCode();
            at[i] = r.observedAt();
            values[0][i] = r.pm25();
            values[1][i] = r.pm10();
            values[2][i] = r.so2();
            values[3][i] = r.no2();
            values[4][i] = r.co();
            values[5][i] = r.o3();
            values[6][i] = r.o3_8h();
        }
        Tuple params = Tuple.tuple().addArrayOfString(station).addArrayOfOffsetDateTime(at);
        for (Double[] column : values) {
            params.addArrayOfDouble(column);
        }
        String[] markStations = sorted.watermarks.keySet().stream().sorted().toArray(String[]::new);
        OffsetDateTime[] markTimes = java.util.Arrays.stream(markStations)
                .map(s -> sorted.watermarks.get(s).atOffset(java.time.ZoneOffset.UTC)).toArray(OffsetDateTime[]::new);
        return tx.preparedQuery(UPSERT).execute(params).chain(rows -> {
            Row row = rows.iterator().next();
            long written = row.getLong("written");
            long corrected = row.getLong("corrected");
            StoreOutcome outcome = new StoreOutcome(written - corrected, corrected,
                    sorted.onTime.size() - written + sorted.lateDuplicates);
            List<OutboxMessage> marks = new ArrayList<>();
            for (Row r : rows) {
                if (r.getString("mark_id") != null) {
                    marks.add(new OutboxMessage(RegionHourMarks.TOPIC, r.getString("mark_region"), r.getString("mark_id"),
                            r.getString("mark")));
                }
            }
            return outbox.write(tx, marks).chain(() -> tx.preparedQuery(ADVANCE_WATERMARKS)
                    .execute(Tuple.tuple().addArrayOfString(markStations).addArrayOfOffsetDateTime(markTimes))
                    .replaceWith(new StoreResult<>(outcome, sorted.refused)));
        });
    }

    /** One row per key in a statement (ON CONFLICT cannot touch a row twice); the later record wins. Sorted to avoid deadlocks. */
    private static List<Reading> latestPerStationHour(List<Reading> readings) {
        Map<String, Reading> latest = new LinkedHashMap<>();
        for (Reading r : readings) {
            latest.put(r.stationCode() + '|' + r.observedAt().toInstant(), r);
        }
        List<Reading> result = new ArrayList<>(latest.values());
        result.sort(Comparator.comparing(Reading::stationCode).thenComparing(r -> r.observedAt().toInstant()));
        return result;
    }

    private static final class Sorted {
        final List<Reading> onTime = new ArrayList<>();
        final List<StoreResult.Refused<Reading>> refused = new ArrayList<>();
        final Map<String, Instant> watermarks = new HashMap<>();
        long lateDuplicates;
    }
}
