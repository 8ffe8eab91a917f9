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

/** Stores telemetry idempotently per enterprise, meter, kind, instant and plate. */
@ApplicationScoped
public class TelemetryStore {

    // received_at = now() (and its column default): when the input was stored, a technical stamp that decides nothing
    private static final String UPSERT = """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[],
                                     $6::float8[], $7::text[])
                         AS t(enterprise_id, meter, kind, measured_at, plate, value, emission_standard)
            ), written AS (
                INSERT INTO enterprise_telemetry AS e
                       (enterprise_id, meter, kind, measured_at, plate, value, emission_standard)
                SELECT * FROM input
                ON CONFLICT (enterprise_id, meter, kind, measured_at, plate) DO UPDATE
                   SET value = EXCLUDED.value, emission_standard = EXCLUDED.emission_standard,
                       revision = e.revision + 1, received_at = now()
                 WHERE (e.value, e.emission_standard) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.emission_standard)
                RETURNING e.revision
            )
            SELECT count(*) AS written, count(*) FILTER (WHERE revision > 1) AS corrected FROM written
            """;

    private final Pool pool;

    TelemetryStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<StoreOutcome> upsert(List<Telemetry> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(StoreOutcome.NOTHING);
        }
        Map<String, Telemetry> latest = new LinkedHashMap<>();
        records.forEach(t -> latest.put(String.join("|", t.enterpriseId(), t.meter(), t.kind(),
                t.measuredAt().toInstant().toString(), plate(t)), t));
        List<Telemetry> batch = new ArrayList<>(latest.values());
        batch.sort(Comparator.comparing(Telemetry::enterpriseId).thenComparing(Telemetry::meter));
        int n = batch.size();
        String[] enterprise = new String[n];
        String[] meter = new String[n];
        String[] kind = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] plate = new String[n];
        Double[] value = new Double[n];
        String[] standard = new String[n];
        for (int i = 0; i < n; i++) {
            Telemetry t = batch.get(i);
            enterprise[i] = t.enterpriseId();
            meter[i] = t.meter();
            kind[i] = t.kind();
            at[i] = t.measuredAt();
            plate[i] = plate(t);
            value[i] = t.value();
            standard[i] = t.emissionStandard();
        }
        Tuple params = Tuple.tuple().addArrayOfString(enterprise).addArrayOfString(meter).addArrayOfString(kind)
                .addArrayOfOffsetDateTime(at).addArrayOfString(plate).addArrayOfDouble(value).addArrayOfString(standard);
        return pool.preparedQuery(UPSERT).execute(params).map(rows -> {
            Row row = rows.iterator().next();
            long written = row.getLong("written");
            long corrected = row.getLong("corrected");
            return new StoreOutcome(written - corrected, corrected, records.size() - written);
        });
    }

    private static String plate(Telemetry t) {
        return t.plate() == null ? "" : t.plate();
    }
}
