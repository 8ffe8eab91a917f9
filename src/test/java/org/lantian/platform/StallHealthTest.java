package org.lantian.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.NonDefaultSettings;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Must-show 3 of the poison issue, with a stall limit of 3 s: a partition whose record cannot be
 * finished (the readings table is locked by another session, so the store waits) turns readiness
 * DOWN naming the channel, partition and offset, and UP again once the record is stored; an outbox
 * whose relay cannot run (its lock held elsewhere) turns readiness DOWN naming the waiting row, and
 * UP again once it is published.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestProfile(NonDefaultSettings.class) // lantian.health.stall-after=PT3S
class StallHealthTest {

    private static final String TOPIC = "aq.monitoring.readings.v1";

    @Test
    void readinessNamesAStalledPartitionAndRecoversWhenItMoves() throws Exception {
        String station = "141021-03";
        int partition = Infra.partitionOf(station, 12);
        String reading = """
                {"stationCode": "141021-03", "observedAt": "2019-06-01T08:00:00+08:00", "pm25": 33.0}""";
        // a sentinel on the same partition, stored before the lock: whatever the restarted consumer had to
        // redeliver is behind us, so the record held in flight is exactly the one sent under the lock
        String sentinel = """
                {"stationCode": "141021-03", "observedAt": "2019-06-01T07:00:00+08:00", "pm25": 30.0}""";
        Infra.send(TOPIC, partition, station, sentinel.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM reading WHERE station_code = '141021-03' "
                + "AND observed_at = '2019-05-31T23:00:00Z'") == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness().getString("status").equals("UP"));

        try (Connection lock = Infra.db(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE reading IN ACCESS EXCLUSIVE MODE");
            long offset = Infra.send(TOPIC, partition, station, reading.getBytes(StandardCharsets.UTF_8), Map.of(), false);

            String name = "readings " + TOPIC + "-" + partition;
            JsonPath down = await().atMost(Duration.ofSeconds(30)).until(StallHealthTest::readiness,
                    r -> "DOWN".equals(r.getString("status")) && consumers(r).containsKey(name));
            assertThat(consumers(down).get(name)).startsWith("no progress at offset " + offset + " since");
            assertThat(metric()).isGreaterThanOrEqualTo(1.0);
            lock.commit();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM reading WHERE station_code = '141021-03' "
                + "AND observed_at = '2019-06-01T00:00:00Z'") == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getString("status").equals("UP"));
        assertThat(metric()).isZero();
    }

    @Test
    void readinessNamesAnOutboxThatDoesNotMoveAndRecoversWhenItIsPublished() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness().getString("status").equals("UP"));
        String messageId = "stall-test-" + java.util.UUID.randomUUID();
        try (Connection lock = Infra.db(); Statement s = lock.createStatement()) {
            // the relay's round lock, held by another session: every round finds it taken and publishes nothing
            s.execute("SELECT pg_advisory_lock(" + RELAY_LOCK + ")");
            long id;
            try (ResultSet rs = s.executeQuery("INSERT INTO outbox (topic, message_key, message_id, payload) VALUES "
                    + "('aq.monitoring.region-hours.v1', '141032', '" + messageId + "', "
                    + "'{\"regionCode\": \"141032\", \"hour\": \"2018-01-01T08:00:00+08:00\"}') RETURNING id")) {
                rs.next();
                id = rs.getLong(1);
            }
            JsonPath down = await().atMost(Duration.ofSeconds(30)).until(StallHealthTest::readiness,
                    r -> "DOWN".equals(r.getString("checks.find { it.name == 'outbox' }.status"))
                            && r.get("checks.find { it.name == 'outbox' }.data.oldestUnpublishedId") != null);
            assertThat(down.getLong("checks.find { it.name == 'outbox' }.data.oldestUnpublishedId")).isLessThanOrEqualTo(id);
            assertThat(down.getLong("checks.find { it.name == 'outbox' }.data.oldestUnpublishedAgeSeconds")).isGreaterThanOrEqualTo(3);
            s.execute("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM outbox WHERE message_id = '" + messageId
                + "' AND published_at IS NOT NULL") == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getString("status").equals("UP"));
    }

    private static final long RELAY_LOCK = org.lantian.platform.AdvisoryLock.OUTBOX_RELAY.key();

    private static JsonPath readiness() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    private static Map<String, String> consumers(JsonPath health) {
        Map<String, String> data = health.getMap("checks.find { it.name == 'consumers' }.data");
        return data == null ? Map.of() : data;
    }

    private static double metric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("aq_platform_consumer_stalled ")).mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
                .findFirst().orElseThrow();
    }

    private static long count(String sql) throws Exception {
        return Infra.count(sql);
    }
}
