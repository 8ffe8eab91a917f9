package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.MovableClock;
import org.lantian.testing.NonDefaultSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Fewer, final answers on aq.monitoring.region-aqi.v1 (grace PT2H in this profile): 尧都区 (141002) has six stations. A
 * region-hour whose stations trickle in is published once, when the sixth reports; one that some stations never
 * report is published once, when the grace has passed since it was first computed, with what came; a correction
 * after that is a revision. Each
 * waits until the partial hour is stored held before the rest is sent, so that a publication of the partial hour —
 * the behaviour before — would show as a second message.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestProfile(NonDefaultSettings.class) // lantian.monitoring.region-hour-grace=PT2H
class RegionHourGraceTest {

    static final String COUNTY = "141002";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MovableClock clock;

    @Test
    void anHourWhoseStationsTrickleInIsPublishedOnceWhenTheLastHasReported() throws Exception {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int s = 1; s <= 5; s++) {
            send(s, hour, 80 + s);
        }
        awaitHeld(hour, 5);
        send(6, hour, 86);
        List<JsonNode> published = await().atMost(Duration.ofSeconds(60)).until(() -> messages(hour), l -> !l.isEmpty());
        assertThat(published).hasSize(1);
        assertThat(published.get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(published.get(0).path("stationCount").asInt()).isEqualTo(6);
    }

    @Test
    void anHourSomeStationsNeverReportIsPublishedOnceWhenTheGraceIsOver() throws Exception {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        for (int s = 1; s <= 3; s++) {
            send(s, hour, 120);
        }
        awaitHeld(hour, 3);
        try {
            // the grace (2 h from when the hour was first computed, just now) is over 2 h of business time later
            clock.advance(Duration.ofHours(2).plusMinutes(1));
            List<JsonNode> published = await().atMost(Duration.ofSeconds(60)).until(() -> messages(hour), l -> !l.isEmpty());
            assertThat(published).hasSize(1);
            assertThat(published.get(0).path("revision").asInt()).isEqualTo(1);
            assertThat(published.get(0).path("stationCount").asInt()).isEqualTo(3);
            assertThat(Infra.scalar(held(hour))).isEqualTo("f");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCorrectionOfAPublishedHourIsARevisionPublishedAtOnce() throws Exception {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        // all six (published once complete), then station 1 corrected
        for (int s = 1; s <= 6; s++) {
            send(s, hour, 60);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> messages(hour), l -> !l.isEmpty()
                && l.get(l.size() - 1).path("stationCount").asInt() == 6);
        int before = messages(hour).size();
        send(1, hour, 180);
        List<JsonNode> after = await().atMost(Duration.ofSeconds(60)).until(() -> messages(hour), l -> l.size() > before);
        JsonNode last = after.get(after.size() - 1);
        assertThat(last.path("revision").asInt()).isEqualTo(before + 1);
        // PM2.5 mean (180 + 5 × 60) / 6 = 80
        assertThat(last.path("concentrations").path("pm25").asDouble()).isEqualTo(80.0);
    }

    private static void send(int station, Instant hour, double pm25) {
        Infra.send(ReadingIngestor.TOPIC, COUNTY + "-0" + station, """
                {"stationCode": "%s-0%d", "observedAt": "%s", "pm25": %s, "pm10": 100.0, "so2": 20.0, "no2": 40.0, "co": 1.0, "o3": 30.0}
                """.formatted(COUNTY, station, hour.atOffset(ZoneOffset.ofHours(8)).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), pm25));
    }

    /** The partial hour stored and held (looked at in the table: what the topic must not show yet). */
    private static void awaitHeld(Instant hour, int stations) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> "t".equals(Infra.scalar(held(hour)))
                && Integer.valueOf(stations).equals(Integer.valueOf(Infra.scalar("SELECT (content->>'stationCount') FROM region_hour_aqi "
                        + "WHERE region_code = '" + COUNTY + "' AND hour = '" + hour + "'"))));
        assertThat(messages(hour)).isEmpty();
    }

    private static String held(Instant hour) {
        return "SELECT held_since IS NOT NULL FROM region_hour_aqi WHERE region_code = '" + COUNTY + "' AND hour = '" + hour + "'";
    }

    /** The region's messages for the hour, in offset order (one partition per region). */
    private static List<JsonNode> messages(Instant hour) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(RegionAqiAggregator.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            JsonNode m = JSON.readTree(r.value());
            if (m.path("regionCode").asText().equals(COUNTY) && OffsetDateTime.parse(m.path("hour").asText()).toInstant().equals(hour)) {
                list.add(m);
            }
        }
        return list;
    }
}
