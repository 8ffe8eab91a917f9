package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.ForecastQueries;
import org.lantian.warning.rules.Period;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** The latest stored forecast of a region, as rule-engine periods. */
@ApplicationScoped
public class ForecastPeriods {

    /** A forecast: when it was issued and its periods. */
    public record Latest(OffsetDateTime issuedAt, List<Period> periods) {
    }

    private final ObjectMapper mapper;
    private final ForecastQueries forecasts;

    ForecastPeriods(ObjectMapper mapper, ForecastQueries forecasts) {
        this.mapper = mapper;
        this.forecasts = forecasts;
    }

    /** Asked of monitoring on the caller's client (so within its transaction). */
    public Uni<Optional<Latest>> latest(SqlClient client, String region) {
        return forecasts.latest(client, region)
                .map(latest -> latest.map(f -> new Latest(f.issuedAt(), periods(f.periods()))));
    }

    /** Forecast AQI may carry decimals; a period is above a threshold when its AQI, rounded up, is. */
    public static List<Period> periods(List<Forecast.Period> stored) {
        List<Period> periods = new ArrayList<>();
        for (Forecast.Period p : stored) {
            periods.add(Period.of(p.from(), p.to(), p.aqi() == null ? 0 : (int) Math.ceil(p.aqi()), p.primaryPollutant()));
        }
        return periods;
    }

    public List<Period> periods(String json) {
        try {
            return periods(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the downgrade hold window starts: now, or — when a forecast issued in the afternoon
     * starts at the next midnight — the start of its first period, if that is within 24 h. The
     * hours in between are not forecast; they are covered by what is observed meanwhile.
     */
    public static java.time.Instant holdStart(List<Period> periods, java.time.Instant now) {
        java.time.Instant first = periods.stream().map(Period::from).min(java.util.Comparator.naturalOrder()).orElse(now);
        return first.isAfter(now) && !first.isAfter(now.plus(java.time.Duration.ofHours(24))) ? first : now;
    }

    /** Forecast AQI may carry decimals; a period is above a threshold when its AQI, rounded up, is. */
    public static List<Period> periods(JsonNode array) {
        List<Period> periods = new ArrayList<>();
        for (JsonNode p : array) {
            JsonNode pollutant = p.get("primaryPollutant");
            periods.add(Period.of(OffsetDateTime.parse(p.get("from").asText()), OffsetDateTime.parse(p.get("to").asText()),
                    (int) Math.ceil(p.get("aqi").asDouble()),
                    pollutant == null || pollutant.isNull() ? null : pollutant.asText()));
        }
        return periods;
    }
}
