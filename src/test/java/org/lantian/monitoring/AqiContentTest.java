package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lantian.aqi.AqiEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The typed hourly and daily AQI write the same JSON the maps they replaced did (stored in region_hour_aqi /
 * region_day_aqi, published on aq.monitoring.region-aqi.v1), and read back from it.
 */
class AqiContentTest {

    private static final AqiEngine ENGINE = new AqiEngine();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MIDNIGHT = OffsetDateTime.parse("2026-03-01T00:00:00+08:00").toInstant();

    @Test
    void anHourIsStoredWithTheFieldsItAlwaysHad() throws Exception {
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        hours.put(MIDNIGHT, new HourlyMeans(70.0, 50.0, 10.0, 20.0, 0.5, 30.0, 3));
        AqiViews.HourAqi hour = new AqiSeries(ENGINE, hours).hourly(MIDNIGHT).orElseThrow();

        JsonNode json = JSON.readTree(JSON.writeValueAsString(hour));
        assertThat(names(json)).containsExactly("standard", "aqi", "display", "category", "categoryEn", "level", "color",
                "primaryPollutants", "exceedingPollutants", "iaqi", "hour", "concentrations", "stationCount");
        assertThat(names(json.get("concentrations"))).containsExactly("pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h",
                "pm25_24h", "pm10_24h", "so2_24h");
        // HJ 633-2012 (the hour ending 24:00 on its last day): PM2.5 70 → ceil(50 + 50/40 × 35) = 94, 良 (level 2)
        assertThat(json.get("standard").asText()).isEqualTo("HJ633-2012");
        assertThat(json.get("aqi").asInt()).isEqualTo(94);
        assertThat(json.get("display").asText()).isEqualTo("94");
        assertThat(json.get("level").asInt()).isEqualTo(2);
        assertThat(json.get("hour").asText()).isEqualTo("2026-03-01T00:00:00+08:00");
        assertThat(json.get("iaqi").get("pm25").asInt()).isEqualTo(94);
        assertThat(json.get("primaryPollutants").get(0).asText()).isEqualTo("PM2.5");
        assertThat(json.get("concentrations").get("pm25").asDouble()).isEqualTo(70.0);
        // one hour is not enough for the 8-hour and 24-hour means: null, as in the maps
        assertThat(json.get("concentrations").get("o3_8h").isNull()).isTrue();
        assertThat(json.get("concentrations").get("pm25_24h").isNull()).isTrue();
        assertThat(json.get("stationCount").asInt()).isEqualTo(3);

        AqiViews.HourAqi read = JSON.readValue(JSON.writeValueAsString(hour), AqiViews.HourAqi.class);
        assertThat(read).isEqualTo(hour);
        // the answer from the table adds the row's revision, last
        JsonNode answered = JSON.readTree(JSON.writeValueAsString(read.withRevision(3)));
        assertThat(names(answered)).last().isEqualTo("revision");
        assertThat(answered.get("revision").asInt()).isEqualTo(3);
    }

    @Test
    void aDayIsStoredWithoutClosedAndAnsweredWithIt() throws Exception {
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        Instant dayStart = OffsetDateTime.parse("2020-01-20T00:00:00+08:00").toInstant();
        for (int h = 1; h <= 24; h++) {
            hours.put(dayStart.plusSeconds(3600L * h), new HourlyMeans(50.0, 80.0, 10.0, 20.0, 0.5, 40.0, 1));
        }
        AqiViews.DayAqi day = new AqiSeries(ENGINE, hours).daily(LocalDate.parse("2020-01-20")).orElseThrow();
        JsonNode json = JSON.readTree(JSON.writeValueAsString(day));
        assertThat(names(json)).containsExactly("standard", "aqi", "display", "category", "categoryEn", "level", "color",
                "primaryPollutants", "exceedingPollutants", "iaqi", "day", "concentrations", "hours");
        assertThat(names(json.get("concentrations"))).containsExactly("pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h");
        assertThat(json.get("day").asText()).isEqualTo("2020-01-20");
        assertThat(json.get("hours").asInt()).isEqualTo(24);
        // PM2.5 24 h 50 → 50 + 50/40 × 15 = 68.75 → 69 (PM10 80 → 65)
        assertThat(json.get("aqi").asInt()).isEqualTo(69);
        assertThat(JSON.readValue(JSON.writeValueAsString(day), AqiViews.DayAqi.class)).isEqualTo(day);
        assertThat(JSON.readTree(JSON.writeValueAsString(day.withClosed(true))).get("closed").asBoolean()).isTrue();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
