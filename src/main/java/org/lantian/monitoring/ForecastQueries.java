package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Monitoring's answers about stored forecasts, for other capabilities (which never read the forecast table). */
@ApplicationScoped
public class ForecastQueries {

    /** The latest stored forecast of a region: when it was issued and its periods, as stored. */
    public record LatestForecast(OffsetDateTime issuedAt, List<Forecast.Period> periods) {
    }

    private static final TypeReference<List<Forecast.Period>> PERIODS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    ForecastQueries(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** On the caller's client, so it may run inside the caller's transaction. */
    public Uni<Optional<LatestForecast>> latest(SqlClient client, String region) {
        return client.preparedQuery("SELECT issued_at, periods::text FROM forecast WHERE region_code = $1 "
                        + "ORDER BY issued_at DESC LIMIT 1").execute(Tuple.of(region))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new LatestForecast(row.getOffsetDateTime(0), periods(row.getString(1))));
                });
    }

    private List<Forecast.Period> periods(String json) {
        try {
            return mapper.readValue(json, PERIODS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
