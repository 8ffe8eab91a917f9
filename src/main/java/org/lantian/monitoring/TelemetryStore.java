package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.outbox.Outbox;
import org.lantian.platform.outbox.OutboxMessage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Stores telemetry idempotently per enterprise, meter, kind, instant and plate, and — in the same transaction —
 * queues an enterprise-hour mark (through the outbox → {@value TelemetryHours#TOPIC}) for every hour whose stored
 * telemetry changed, so compliance re-checks exactly what changed and an identical replay queues nothing.
 */
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
                RETURNING e.enterprise_id, e.measured_at, e.revision
            ), changed_hours AS (
                SELECT DISTINCT enterprise_id, %s AS hour FROM written
            )
            SELECT (SELECT count(*) FROM written) AS written,
                   (SELECT count(*) FROM written WHERE revision > 1) AS corrected,
                   'telemetry-hour:' || h.enterprise_id || ':' || extract(epoch FROM h.hour)::bigint || ':' || txid_current() AS mark_id,
                   h.enterprise_id AS mark_enterprise,
                   json_build_object('enterpriseId', h.enterprise_id,
                                     'hour', to_char(h.hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text AS mark
              FROM (SELECT 1) AS one LEFT JOIN changed_hours h ON true ORDER BY h.enterprise_id, h.hour
            """.formatted(TelemetryQueries.HOUR_END.formatted("measured_at"));

    private final Pool pool;
    private final Outbox outbox;

    TelemetryStore(Pool pool, Outbox outbox) {
        this.pool = pool;
        this.outbox = outbox;
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
        return pool.withTransaction(tx -> tx.preparedQuery(UPSERT).execute(params).chain(rows -> {
            Row first = rows.iterator().next();
            long written = first.getLong("written");
            long corrected = first.getLong("corrected");
            List<OutboxMessage> marks = new ArrayList<>();
            for (Row r : rows) {
                if (r.getString("mark_id") != null) {
                    marks.add(new OutboxMessage(TelemetryHours.TOPIC, r.getString("mark_enterprise"), r.getString("mark_id"),
                            r.getString("mark")));
                }
            }
            StoreOutcome outcome = new StoreOutcome(written - corrected, corrected, records.size() - written);
            return outbox.write(tx, marks).replaceWith(outcome);
        }));
    }

    private static String plate(Telemetry t) {
        return t.plate() == null ? "" : t.plate();
    }
}
