package org.lantian.aqi;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/aqi}: {@code at} (ISO-8601 with offset, default now), {@code standard} (default by {@code at}),
 * {@code kind} (HOURLY or DAILY) and the concentrations by pollutant. Unknown properties are ignored, as before;
 * the concentrations are read as given so that each bad value keeps its own message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AqiRequest(String at, String standard, String kind,
                         @Schema(type = SchemaType.OBJECT, implementation = Map.class,
                                 description = "pollutant (pm25, pm10, so2, no2, co, o3, o3_8h, so2_24h) → concentration")
                         JsonNode concentrations) {
}
