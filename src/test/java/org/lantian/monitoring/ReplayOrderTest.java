package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The same 26 hours of three stations, once hour by hour (霍州市 141082) and once station by
 * station with neighbouring hours swapped (汾西县 141034): the final region values are the same.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ReplayOrderTest {

    @Test
    void differentArrivalOrderGivesTheSameFinalRegionValues() {
        OffsetDateTime start = OffsetDateTime.parse("2020-02-03T01:00:00+08:00");
        for (int h = 1; h <= 26; h++) {
            for (int s = 1; s <= 3; s++) {
                Infra.send(ReadingIngestor.TOPIC, "141082-0" + s, varied("141082", s, start, h));
            }
        }
        for (int s = 3; s >= 1; s--) {
            List<Integer> hours = new ArrayList<>();
            for (int h = 1; h <= 26; h += 2) {
                hours.add(h + 1);
                hours.add(h);
            }
            for (int h : hours) {
                Infra.send(ReadingIngestor.TOPIC, "141034-0" + s, varied("141034", s, start, h));
            }
        }
        // intermediate revisions differ by design (a region hour is revised as its stations arrive); the final ones may not
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, JsonNode> inOrder = RegionAqiStreamTest.latestPerHour("141082");
            Map<String, JsonNode> shuffled = RegionAqiStreamTest.latestPerHour("141034");
            assertThat(inOrder).hasSize(26);
            assertThat(shuffled.keySet()).isEqualTo(inOrder.keySet());
            inOrder.forEach((hour, value) -> assertThat(comparable(shuffled.get(hour))).as(hour).isEqualTo(comparable(value)));
            assertThat(inOrder.values()).allSatisfy(m -> assertThat(m.get("stationCount").asInt()).isEqualTo(3));
            assertThat(ReadingIngestionTest.rowsEqual(
                    "SELECT day, content FROM region_day_aqi WHERE region_code = '141082' ORDER BY day",
                    "SELECT day, content FROM region_day_aqi WHERE region_code = '141034' ORDER BY day")).isTrue();
        });
    }

    /** Values that change every hour, so that rolling means and corrections matter. */
    private static String varied(String county, int station, OffsetDateTime start, int h) {
        double pm25 = 60 + 7 * ((h * 5 + station * 3) % 17) + 0.1 * station;
        double o3 = 30 + 11 * ((h * 3 + station) % 13);
        return """
                {"stationCode": "%s-0%d", "observedAt": "%s", "pm25": %s, "pm10": %s, "so2": %s, "no2": %s, "co": %s, "o3": %s}
                """.formatted(county, station, start.plusHours(h - 1).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                pm25, pm25 * 1.4, 12.0 + h, 40.0 + station, 0.9 + 0.1 * station, o3);
    }

    /** Without what differs by construction: the region, the revision, when it was computed. */
    private static JsonNode comparable(JsonNode message) {
        ObjectNode copy = message.deepCopy();
        copy.remove(List.of("regionCode", "revision", "computedAt"));
        return copy;
    }
}
