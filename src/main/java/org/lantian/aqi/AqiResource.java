package org.lantian.aqi;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.http.BadRequest;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/aqi}: the AQI of given concentrations by HJ 633; open to anyone. */
@Path("/api/aqi")
public class AqiResource {

    private static final Set<String> POLLUTANTS = Set.of("pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h", "so2_24h");

    private final AqiEngine engine;
    private final Clock clock;

    AqiResource(AqiEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute an hourly or daily AQI",
            description = "standard defaults by `at` (Asia/Shanghai date; HJ633-2012 until 2026-02-28, HJ633-2026 from 2026-03-01), `at` defaults to now")
    public AqiView compute(AqiRequest body) {
        if (body == null) {
            throw new BadRequest("", "the body must be a JSON object");
        }
        Instant at = at(body.at());
        AqiStandard standard = standard(body.standard(), at);
        AqiKind kind = kind(body.kind());
        AqiInput input = concentrations(body.concentrations());
        return AqiView.of(engine.compute(standard, kind, input));
    }

    private Instant at(String text) {
        if (text == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("at", "at must be an ISO-8601 time with offset, e.g. 2020-01-10T08:00:00+08:00");
        }
    }

    private AqiStandard standard(String id, Instant at) {
        if (id == null) {
            return engine.standardAt(at);
        }
        return engine.standard(id).orElseThrow(() -> new BadRequest("standard",
                "unknown standard " + id + "; known: "
                        + engine.standards().all().stream().map(AqiStandard::id).collect(Collectors.joining(", "))));
    }

    private static AqiKind kind(String text) {
        if (text == null) {
            throw new BadRequest("kind", "kind is required: HOURLY or DAILY");
        }
        try {
            return AqiKind.valueOf(text.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("kind", "kind must be HOURLY or DAILY, was " + text);
        }
    }

    private static AqiInput concentrations(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadRequest("concentrations", "concentrations must be an object of pollutant → value");
        }
        AqiInput.Builder input = AqiInput.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "concentrations." + e.getKey();
            if (!POLLUTANTS.contains(e.getKey())) {
                throw new BadRequest(field, "unknown pollutant " + e.getKey() + "; known: pm25, pm10, so2, no2, co, o3, o3_8h, so2_24h");
            }
            if (e.getValue().isNull()) {
                continue;
            }
            if (!e.getValue().isNumber()) {
                throw new BadRequest(field, field + " must be a number, was " + e.getValue());
            }
            double value = e.getValue().doubleValue();
            if (value < 0) {
                throw new BadRequest(field, field + " must not be negative, was " + value);
            }
            set(input, e.getKey(), value);
        }
        return input.build();
    }

    private static void set(AqiInput.Builder input, String pollutant, double value) {
        switch (pollutant) {
            case "pm25" -> input.pm25(value);
            case "pm10" -> input.pm10(value);
            case "so2" -> input.so2(value);
            case "no2" -> input.no2(value);
            case "co" -> input.co(value);
            case "o3" -> input.o3(value);
            case "o3_8h" -> input.o3_8h(value);
            case "so2_24h" -> input.so2_24h(value);
            default -> throw new IllegalStateException(pollutant);
        }
    }
}
