package org.lantian.monitoring;

/** One hour's concentrations of a station, or a region's means over its valid stations; null = no valid value. */
public record HourlyMeans(Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3, int stationCount) {
}
