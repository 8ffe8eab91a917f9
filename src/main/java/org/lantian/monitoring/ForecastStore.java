package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.ingest.StoreOutcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Stores forecasts by region and issue time; a re-sent forecast with other periods replaces it (revision + 1).
 * Each new forecast or revision is logged (FORECAST_RECEIVED) in the same transaction: what was known when.
 */
@ApplicationScoped
public class ForecastStore {

    // received_at = now() (and its column default): when the input was stored, a technical stamp that decides nothing
    private static final String UPSERT = """
            WITH input AS (
                SELECT region_code, issued_at, periods::jsonb AS periods
                  FROM unnest($1::text[], $2::timestamptz[], $3::text[]) AS t(region_code, issued_at, periods)
            ), written AS (
                INSERT INTO forecast AS f (region_code, issued_at, periods)
                SELECT * FROM input
                ON CONFLICT (region_code, issued_at) DO UPDATE
                   SET periods = EXCLUDED.periods, revision = f.revision + 1, received_at = now()
                 WHERE f.periods IS DISTINCT FROM EXCLUDED.periods
                RETURNING f.region_code, f.issued_at, f.revision
            )
            SELECT region_code, issued_at, revision FROM written
            """;

    private final Pool pool;
    private final EventLog log;
    private final ObjectMapper mapper;

    ForecastStore(Pool pool, EventLog log, ObjectMapper mapper) {
        this.pool = pool;
        this.log = log;
        this.mapper = mapper;
    }

    public Uni<StoreOutcome> upsert(List<Forecast> forecasts) {
        if (forecasts.isEmpty()) {
            return Uni.createFrom().item(StoreOutcome.NOTHING);
        }
        Map<String, Forecast> latest = new LinkedHashMap<>();
        forecasts.forEach(f -> latest.put(f.regionCode() + '|' + f.issuedAt().toInstant(), f));
        List<Forecast> batch = List.copyOf(latest.values());
        String[] region = new String[batch.size()];
        OffsetDateTime[] issued = new OffsetDateTime[batch.size()];
        String[] periods = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            region[i] = batch.get(i).regionCode();
            issued[i] = batch.get(i).issuedAt();
            periods[i] = json(batch.get(i).periods());
        }
        Tuple params = Tuple.tuple().addArrayOfString(region).addArrayOfOffsetDateTime(issued).addArrayOfString(periods);
        Map<String, Forecast> byKey = new LinkedHashMap<>();
        batch.forEach(f -> byKey.put(f.regionCode() + '|' + f.issuedAt().toInstant(), f));
        return pool.withTransaction(tx -> tx.preparedQuery(UPSERT).execute(params).chain(rows -> {
            List<LogEvent> events = new ArrayList<>();
            long corrected = 0;
            for (Row row : rows) {
                int revision = row.getInteger("revision");
                corrected += revision > 1 ? 1 : 0;
                Forecast f = byKey.get(row.getString("region_code") + '|' + row.getOffsetDateTime("issued_at").toInstant());
                events.add(received(f, revision));
            }
            StoreOutcome outcome = new StoreOutcome(rows.rowCount() - corrected, corrected, forecasts.size() - rows.rowCount());
            return log.append(tx, events).replaceWith(outcome);
        }));
    }

    private LogEvent received(Forecast f, int revision) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("issuedAt", f.issuedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        payload.put("issuer", f.issuer());
        payload.put("revision", revision);
        payload.put("periods", f.periods());
        payload.put("maxAqi", f.periods().stream().map(Forecast.Period::aqi).filter(java.util.Objects::nonNull)
                .max(Double::compare).orElse(null));
        return log.event("forecast:" + f.regionCode() + ":" + f.issuedAt().toInstant() + ":" + revision,
                EventType.FORECAST_RECEIVED, f.regionCode(), null, null, null, f.issuer(), payload);
    }

    private String json(List<Forecast.Period> periods) {
        try {
            return mapper.writeValueAsString(periods);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
