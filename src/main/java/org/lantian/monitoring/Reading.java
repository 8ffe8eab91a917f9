package org.lantian.monitoring;

import java.time.OffsetDateTime;

/** One station's one-hour means for the hour ending at {@code observedAt} (µg/m³, CO mg/m³); null = not measured. */
public record Reading(String stationCode, OffsetDateTime observedAt,
                      Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3, Double o3_8h) {
}
