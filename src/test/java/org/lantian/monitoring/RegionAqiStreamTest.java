package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.DeadLetters;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Three stations of 侯马市 (141081) over 36 hours of 2020-01-14/15 (HJ 633-2012), on real Kafka and
 * PostgreSQL: hourly region AQI on {@value RegionAqiAggregator#TOPIC} with hand-checked values, a late
 * correction republished with a new revision, a too-late reading on the DLQ, and the daily AQI — one named
 * scenario each, on the same 36 hours sent once.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class RegionAqiStreamTest {

    static final String COUNTY = "141081";

    @jakarta.inject.Inject
    org.lantian.platform.kafka.RecordSchemas schemas;
    static final OffsetDateTime START = OffsetDateTime.parse("2020-01-14T01:00:00+08:00");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Station k (1..3): PM2.5 100+10k, PM10 140+10k, SO₂ 10+10k, NO₂ 30+10k, CO 0.8+0.2k, O₃ 20+10k,
     * so the region means are 120, 160, 30, 50, 1.2, 40 — except at hour 5, where station 3 has no PM2.5.
     */
    static String reading(String county, int station, OffsetDateTime at, int hourIndex, double pm25Override) {
        Double pm25 = hourIndex == 5 && station == 3 ? null : (pm25Override > 0 ? pm25Override : 100.0 + 10 * station);
        return """
                {"stationCode": "%s-0%d", "observedAt": "%s", "pm25": %s, "pm10": %s, "so2": %s, "no2": %s, "co": %s, "o3": %s}
                """.formatted(county, station, at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), pm25, 140.0 + 10 * station, 10.0 + 10 * station, 30.0 + 10 * station,
                0.8 + 0.2 * station, 20.0 + 10 * station);
    }

    static OffsetDateTime hour(int index) {
        return START.plusHours(index - 1);
    }

    private static final java.util.concurrent.atomic.AtomicBoolean STREAMED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The 36 hours of the three stations, sent once for all the scenarios below (each starts by calling this, in
     * whatever order they run): the stream they check is the one the same readings make. Each scenario's own
     * sends (a correction, a too-late reading) change nothing another scenario reads, or are idempotent.
     */
    private static void send(int fromHour, int toHour) {
        for (int h = fromHour; h <= toHour; h++) {
            for (int s = 1; s <= 3; s++) {
                Infra.send(ReadingIngestor.TOPIC, COUNTY + "-0" + s, reading(COUNTY, s, hour(h), h, 0));
            }
        }
    }

    static Map<String, JsonNode> streamed() {
        if (STREAMED.compareAndSet(false, true)) {
            // the first day whole before any later hour: a day closes on the region's first later hour, from any
            // station, and the three stations are on different partitions — otherwise a station's late hour 24
            // would (rightly) revise a daily AQI another station's hour 25 had already closed
            send(1, 24);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> ReadingIngestionTest.count(
                    "reading WHERE station_code LIKE '" + COUNTY + "-0%' AND observed_at BETWEEN '" + hour(1) + "' AND '" + hour(24) + "'")
                    == 72);
            send(25, 36);
        }
        // settled: every hour of the region computed from all three stations
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> latestPerHour(COUNTY),
                l -> l.size() >= 36 && l.values().stream().allMatch(m -> m.get("stationCount").asInt() == 3));
    }

    /** The correction of hour 35 at station 1 (PM2.5 140); sending it again stores nothing new. */
    static Map<String, JsonNode> corrected() {
        Infra.send(ReadingIngestor.TOPIC, COUNTY + "-01", reading(COUNTY, 1, hour(35), 35, 140.0));
        return awaitLatestPerHour(COUNTY, 36, m -> m.get("hour") != null
                && OffsetDateTime.parse(m.get("hour").asText()).isEqual(hour(35)) && m.get("aqi").asInt() == 172);
    }

    @Test
    void hourlyRegionAqiHasTheHandCheckedValuesAndHonoursTheSchema() throws Exception {
        Map<String, JsonNode> latest = streamed();
        // every message honours the contract's schema (kafka/schemas/region-aqi.schema.json)
        Infra.readAll(RegionAqiAggregator.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(2))
                .forEach(r -> schemas.parse(RegionAqiAggregator.TOPIC, r.value()));

        // hour 1: PM2.5 120 → ceil(50/35×5+150) = 158; PM10 160 (2012: 150–250) → 105; SO₂ 1h 30 → 10;
        // NO₂ 1h 50 → 25; CO 1h 1.2 → 12; O₃ 1h 40 → 13; no 8-hour O₃ yet (needs 6 hours)
        JsonNode first = latest.get(key(hour(1)));
        assertThat(first.get("standard").asText()).isEqualTo("HJ633-2012");
        assertThat(first.get("aqi").asInt()).isEqualTo(158);
        assertThat(first.get("category").asText()).isEqualTo("中度污染");
        assertThat(first.get("primaryPollutants").toString()).isEqualTo("[\"PM2.5\"]");
        assertThat(first.get("exceedingPollutants").toString()).isEqualTo("[\"PM2.5\",\"PM10\"]");
        assertThat(first.get("iaqi").toString())
                .isEqualTo("{\"pm25\":158,\"pm10\":105,\"so2\":10,\"no2\":25,\"co\":12,\"o3\":13}");
        assertThat(first.get("stationCount").asInt()).isEqualTo(3);
        assertThat(first.get("concentrations").get("pm25").asDouble()).isEqualTo(120.0);
        assertThat(first.get("concentrations").get("o3_8h").isNull()).isTrue();
        // hour 5: station 3 has no PM2.5 → mean of the two valid stations, 115 → exactly 150
        JsonNode fifth = latest.get(key(hour(5)));
        assertThat(fifth.get("concentrations").get("pm25").asDouble()).isEqualTo(115.0);
        assertThat(fifth.get("aqi").asInt()).isEqualTo(150);
        assertThat(fifth.get("category").asText()).isEqualTo("轻度污染");
        // hour 6: six hours of O₃ → 8-hour mean 40 → 20
        assertThat(latest.get(key(hour(6))).get("iaqi").get("o3_8h").asInt()).isEqualTo(20);
        assertThat(latest.get(key(hour(24))).get("concentrations").get("pm25_24h").asDouble()).isEqualTo(119.792);
    }

    @Test
    void aLateCorrectionIsRepublishedWithANewRevision() throws Exception {
        streamed();
        // a late correction (1 h behind the station's latest hour): PM2.5 140 at hour 35 → mean 130 → 172
        JsonNode corrected = corrected().get(key(hour(35)));
        assertThat(corrected.get("aqi").asInt()).isEqualTo(172);
        // republished over the uncorrected hour (all three stations at PM2.5 120 → 158), with a higher revision
        // (read from the stream, not remembered: another scenario may have sent the correction first)
        int uncorrected = messages(COUNTY).stream().filter(m -> key(OffsetDateTime.parse(m.get("hour").asText())).equals(key(hour(35))))
                .filter(m -> m.get("stationCount").asInt() == 3 && m.get("aqi").asInt() == 158)
                .mapToInt(m -> m.get("revision").asInt()).max().orElseThrow();
        assertThat(corrected.get("revision").asInt()).isGreaterThan(uncorrected);
    }

    @Test
    void aTooLateReadingGoesToTheDeadLetterTopicAndChangesNothing() throws Exception {
        streamed();
        // too late: hour 20 is 16 h behind station 1's latest hour (lateness 3 h)
        Infra.send(ReadingIngestor.TOPIC, COUNTY + "-01", reading(COUNTY, 1, hour(20), 20, 300.0).getBytes(),
                Map.of("test-case", "too-late-141081"));
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30)).until(() -> Infra.readAll(
                ReadingIngestor.TOPIC + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(5)).stream()
                .filter(r -> "too-late-141081".equals(Infra.header(r, "test-case"))).toList(), l -> !l.isEmpty());
        assertThat(dead).hasSize(1);
        assertThat(Infra.header(dead.get(0), DeadLetters.REASON)).isEqualTo("too-late");
        assertThat(Infra.header(dead.get(0), DeadLetters.FIELD)).isEqualTo("observedAt");
        assertThat(ReadingIngestionTest.value("SELECT pm25 FROM reading WHERE station_code = '141081-01' "
                + "AND observed_at = '2020-01-14T20:00:00+08:00'")).isEqualTo("110");
    }

    @Test
    void theClosedDayHasItsDailyAqiComputedOnce() throws Exception {
        streamed();
        // the day 2020-01-14 closed with hour 25 and was not recomputed by the 11 hours after it: 24-hour means PM2.5 (23×120+115)/24 = 119.792 → 157,
        // PM10 160 → 105, SO₂ 24h 30 → 30, NO₂ 24h 50 → 63, CO 24h 1.2 → 30, max 8-hour O₃ 40 → 20
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ReadingIngestionTest.count("region_day_aqi WHERE region_code = '141081' AND day = '2020-01-14'") == 1);
        JsonNode daily = JSON.readTree(ReadingIngestionTest.value(
                "SELECT content::text FROM region_day_aqi WHERE region_code = '141081' AND day = '2020-01-14'"));
        assertThat(daily.path("aqi").asInt()).as(daily.toString()).isEqualTo(157);
        assertThat(daily.get("iaqi"))
                .isEqualTo(JSON.readTree("{\"pm25\":157,\"pm10\":105,\"so2\":30,\"no2\":63,\"co\":30,\"o3\":13,\"o3_8h\":20}"));
        assertThat(daily.path("hours").asInt()).as(daily.toString()).isEqualTo(24);
        assertThat(ReadingIngestionTest.value("SELECT revision FROM region_day_aqi WHERE region_code = '141081' "
                + "AND day = '2020-01-14'")).isEqualTo("1");
    }

    @Test
    void theConsultationBriefOfThatDayShowsTheDailyAqi() throws Exception {
        streamed();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ReadingIngestionTest.count("region_day_aqi WHERE region_code = '141081' AND day = '2020-01-14'") == 1);
        // the consultation brief of that day shows it, asked of RegionAqiQueries (days, hoursInDayTo)
        given().auth().preemptive().basic("consult", "consult").queryParam("date", "2020-01-14").queryParam("format", "json")
                .get("/api/consultation/brief").then().statusCode(200)
                .body("final", equalTo(true))
                .body("regions.find { it.regionCode == '" + COUNTY + "' }.dailyAqi.aqi", equalTo(157))
                .body("regions.find { it.regionCode == '" + COUNTY + "' }.aqiLast24h", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
    }

    @Test
    void theQueryEndpointsShowTheRegionAndAStationAsOfAnHour() throws Exception {
        streamed();
        corrected();
        // and the query endpoints show it as of the last hour
        given().auth().preemptive().basic("consult", "consult")
                .queryParam("at", "2020-01-15T12:00:00+08:00")
                .get("/api/regions/" + COUNTY + "/aqi").then().statusCode(200)
                .body("region.name", equalTo("侯马市"))
                .body("current.hour", equalTo("2020-01-15T12:00:00+08:00"))
                .body("current.aqi", equalTo(158))
                .body("last24h", hasSize(24))
                .body("last24h[22].aqi", equalTo(172))
                .body("yesterday.aqi", equalTo(157))
                .body("yesterday.closed", equalTo(true))
                .body("today.hours", equalTo(12));
        given().auth().preemptive().basic("consult", "consult")
                .queryParam("at", "2020-01-15T02:00:00+08:00")
                .get("/api/stations/" + COUNTY + "-02/aqi").then().statusCode(200)
                .body("current.aqi", equalTo(ceilPm25(120)))
                .body("last24h", hasSize(24));
    }

    /** Station 2 has PM2.5 120 all day: ceil(50/35×5+150) = 158. */
    private static int ceilPm25(double pm25) {
        return (int) Math.ceil(50.0 / 35.0 * (pm25 - 115) + 150);
    }

    static String key(OffsetDateTime hour) {
        return hour.toInstant().toString();
    }

    /** The latest message per hour of the region's stream, once all {@code hours} hours are there and the filter holds. */
    static Map<String, JsonNode> awaitLatestPerHour(String region, int hours, java.util.function.Predicate<JsonNode> any) {
        Map<String, JsonNode> latest = new TreeMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            latest.clear();
            latest.putAll(latestPerHour(region));
            return latest.size() >= hours && latest.values().stream().anyMatch(any);
        });
        return latest;
    }

    static Map<String, JsonNode> latestPerHour(String region) {
        return messages(region).stream().collect(Collectors.groupingBy(m -> OffsetDateTime.parse(m.get("hour").asText()).toInstant().toString(),
                        TreeMap::new, Collectors.maxBy(Comparator.comparingInt(m -> m.get("revision").asInt()))))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().orElseThrow(),
                        (a, b) -> a, TreeMap::new));
    }

    /** Every message of the region's stream so far. */
    static List<JsonNode> messages(String region) {
        List<JsonNode> messages = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(RegionAqiAggregator.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(2))) {
            if (region.equals(r.key())) {
                try {
                    messages.add(JSON.readTree(r.value()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return messages;
    }
}
