package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.ingest.StoreOutcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Stores forecasts by region and issue time; a re-sent forecast with other periods replaces it (revision + 1). */
@ApplicationScoped
public class ForecastStore {

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
                RETURNING f.revision
            )
            SELECT count(*) AS written, count(*) FILTER (WHERE revision > 1) AS corrected FROM written
            """;

    private final Pool pool;
    private final ObjectMapper mapper;

    ForecastStore(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
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
        return pool.preparedQuery(UPSERT).execute(params).map(rows -> {
            Row row = rows.iterator().next();
            long written = row.getLong("written");
            long corrected = row.getLong("corrected");
            return new StoreOutcome(written - corrected, corrected, forecasts.size() - written);
        });
    }

    private String json(List<Forecast.Period> periods) {
        try {
            return mapper.writeValueAsString(periods);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
