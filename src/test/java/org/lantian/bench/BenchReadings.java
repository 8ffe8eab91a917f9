package org.lantian.bench;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's readings: {@code hours × stations} of synthetic bench counties (141901…, at most 99 stations each),
 * whole past hours from 2021-01-01 (a backfill: every station of an hour comes within seconds), generated on the fly rather than held in
 * memory (2,000,000 records would take a few hundred MB of the heap the application is measured in). The same records
 * feed the Kafka ceiling and P1; the same rows feed the COPY ceiling.
 */
final class BenchReadings {

    static final String FIRST_COUNTY = "141901";
    static final OffsetDateTime FIRST_HOUR = OffsetDateTime.of(2021, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
    /** Seconds always written, and the +08:00 offset, as in kafka/samples/reading. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    final int stations;
    final int hours;
    final int perCounty;
    final int counties;
    private final List<String> codes = new ArrayList<>();

    BenchReadings(int readings, int stations) {
        this.stations = stations;
        this.hours = Math.max(1, (readings + stations - 1) / stations);
        this.perCounty = Math.max(50, (stations + 98) / 99);
        this.counties = (stations + perCounty - 1) / perCounty;
        if (perCounty > 99 || counties > 99) {
            throw new IllegalArgumentException("at most 99 bench counties of 99 stations: " + stations + " stations");
        }
        for (int s = 0; s < stations; s++) {
            codes.add(countyOf(s) + "-%02d".formatted(s % perCounty + 1));
        }
    }

    int total() {
        return hours * stations;
    }

    String county(int index) {
        return String.valueOf(Integer.parseInt(FIRST_COUNTY) + index);
    }

    String countyOf(int station) {
        return county(station / perCounty);
    }

    String code(int station) {
        return codes.get(station);
    }

    /** How many stations county {@code index} has. */
    int stationsIn(int index) {
        return Math.min(perCounty, stations - index * perCounty);
    }

    OffsetDateTime hour(int h) {
        return FIRST_HOUR.plusHours(h);
    }

    OffsetDateTime lastHour() {
        return hour(hours - 1);
    }

    /** PM2.5 between 30 and 250: a five-day episode cycle times a daily cycle, shifted per station. */
    double pm25(int station, int h) {
        double episode = 0.5 + 0.5 * Math.sin(2 * Math.PI * h / 120.0 + station * 0.05);
        double daily = 0.85 + 0.15 * Math.sin(2 * Math.PI * (h + 6) / 24.0);
        return round(30 + 220 * episode * daily);
    }

    /** The record's value, as a station would send it (JSON of kafka/schemas/reading.schema.json). */
    byte[] json(int station, int h) {
        double pm25 = pm25(station, h);
        double o3 = round(20 + 60 * (0.5 + 0.5 * Math.sin(2 * Math.PI * (h - 8) / 24.0)));
        return String.format(Locale.ROOT,
                "{\"stationCode\":\"%s\",\"observedAt\":\"%s\",\"pm25\":%.1f,\"pm10\":%.1f,\"so2\":%.1f,\"no2\":%.1f,\"co\":%.2f,\"o3\":%.1f}",
                code(station), AT.format(hour(h)), pm25, round(pm25 * 1.4 + 10), round(8 + pm25 * 0.12),
                round(20 + pm25 * 0.2), 0.4 + pm25 * 0.01, o3).getBytes(StandardCharsets.UTF_8);
    }

    /** The same reading as a row of COPY text (the columns of {@code reading} a stored reading fills). */
    String copyRow(int station, int h) {
        double pm25 = pm25(station, h);
        return String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.1f\n", code(station), AT.format(hour(h)), pm25,
                round(pm25 * 1.4 + 10), round(8 + pm25 * 0.12), round(20 + pm25 * 0.2), 0.4 + pm25 * 0.01,
                round(20 + 60 * (0.5 + 0.5 * Math.sin(2 * Math.PI * (h - 8) / 24.0))));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
