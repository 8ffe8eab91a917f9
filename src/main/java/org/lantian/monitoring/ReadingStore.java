package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.ingest.StoreOutcome;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a batch of readings in one statement: new station-hours are inserted,
 * identical replays change nothing, different values become a correction
 * (revision + 1, old and new values kept in reading_correction).
 */
@ApplicationScoped
public class ReadingStore {

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
            )
            SELECT (SELECT count(*) FROM written) AS written, (SELECT count(*) FROM corrections) AS corrected
            """;

    private final Pool pool;

    ReadingStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<StoreOutcome> upsert(List<Reading> readings) {
        if (readings.isEmpty()) {
            return Uni.createFrom().item(StoreOutcome.NOTHING);
        }
        List<Reading> batch = latestPerStationHour(readings);
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
        return pool.preparedQuery(UPSERT).execute(params).map(rows -> {
            Row row = rows.iterator().next();
            long written = row.getLong("written");
            long corrected = row.getLong("corrected");
            return new StoreOutcome(written - corrected, corrected, readings.size() - written);
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
}
