package org.lantian.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.ArmableKafkaSender;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The relay dies in the middle of publishing (the first 120 of a round reach Kafka, then it fails
 * before recording them); the next round finds those on the topic: every message id of the 300 is
 * on Kafka exactly once, and all are marked published.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class OutboxCrashTest {

    private static final String TOPIC = "aq.warning.regional.v1.dlq"; // catalog topic nothing consumes

    @Inject
    ArmableKafkaSender sender;

    @AfterEach
    void disarm() {
        sender.disarm();
    }

    @Test
    void aRelayDyingMidPublishLosesNothingAndDoublesNothing() throws Exception {
        int crashesBefore = sender.crashes();
        sender.armFailureAfter(120);
        try (Connection c = Infra.db(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO outbox (topic, message_key, message_id, payload) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < 300; i++) {
                insert.setString(1, TOPIC);
                insert.setString(2, "crash-test-" + (i % 7));
                insert.setString(3, "crash-test-" + i);
                insert.setString(4, "{\"n\": " + i + "}");
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("published_at IS NULL AND message_id LIKE 'crash-test-%'") == 0);
        assertThat(sender.crashes()).as("the relay died once mid-publish").isEqualTo(crashesBefore + 1);

        // every row is published (acknowledged by the broker): a read to the end has them all; "at least 300 records"
        // would stop early on a topic that already held earlier tests' records
        Map<String, Long> onTopic = Infra.readAll(TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(20)).stream()
                .map(r -> Infra.header(r, OutboxRelay.MESSAGE_ID))
                .filter(id -> id != null && id.startsWith("crash-test-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(onTopic).hasSize(300);
        assertThat(onTopic.values()).allMatch(n -> n == 1L);
        assertThat(count("attempted_at IS NOT NULL AND message_id LIKE 'crash-test-%'")).isEqualTo(300);
    }

    @Test
    void directivesOfAWarningAreOnKafkaExactlyOnceAfterTheRelayDies() throws Exception {
        // 浮山县 (141027): its listed enterprises' START orders; the relay dies after 3 of them
        int crashesBefore = sender.crashes();
        sender.armFailureAfter(3);
        String warning = io.restassured.RestAssured.given().auth().preemptive().basic("duty", "duty")
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"regionCode\": \"141027\", \"level\": \"YELLOW\", \"reason\": \"crash test\"}")
                .post("/api/warnings").then().statusCode(200).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> count("published_at IS NULL") == 0);
        assertThat(sender.crashes()).as("the relay died once mid-publish").isEqualTo(crashesBefore + 1);
        long written;
        try (Connection c = Infra.db(); var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT count(*) FROM directive WHERE warning_id = '" + warning + "' AND kind = 'INDUSTRIAL'")) {
            rs.next();
            written = rs.getLong(1);
        }
        assertThat(written).isGreaterThan(3);
        Map<String, Long> onTopic = Infra.readAll("aq.directive.industrial.v1", Integer.MAX_VALUE, Duration.ofSeconds(5)).stream()
                .filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("\"" + warning + "\""))
                .map(r -> Infra.header(r, OutboxRelay.MESSAGE_ID))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(onTopic).hasSize((int) written);
        assertThat(onTopic.values()).allMatch(n -> n == 1L);
        io.restassured.RestAssured.given().auth().preemptive().basic("duty", "duty").contentType(io.restassured.http.ContentType.JSON)
                .body("{\"version\": 1, \"reason\": \"cleanup\", \"overrideReason\": \"test cleanup\"}")
                .post("/api/warnings/" + warning + "/lift").then().statusCode(200);
    }

    private static long count(String where) throws Exception {
        return Infra.count("SELECT count(*) FROM outbox WHERE " + where);
    }

}
