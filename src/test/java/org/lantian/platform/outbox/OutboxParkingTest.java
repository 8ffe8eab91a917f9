package org.lantian.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.TopicLimits;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A message too large for its topic is parked; the messages after it with its key wait, the others are published;
 * the admin sees it, raises the topic's limit and re-queues it: it and the one behind it are published once each,
 * in order. Also: discard, an unknown topic, the endpoint's refusals, retention.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class OutboxParkingTest {

    /** A catalog topic nothing consumes; its payloads honour the region-directive schema (DirectiveFlowTest checks them all). */
    private static final String TOPIC = "aq.directive.vehicle.v1";
    private static final int OVER_DEFAULT_LIMIT = 1_100_000;

    @Inject
    TopicLimits limits;

    @Inject
    OutboxRetention retention;

    @Inject
    org.lantian.platform.kafka.RecordSchemas schemas;

    @Test
    void theTestMessagesHonourTheTopicsSchema() {
        // DirectiveFlowTest validates everything on the topic, whichever test ran before it
        schemas.parse(TOPIC, directive("schema-check", 10).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTooLargeMessageIsParkedBlocksOnlyItsKeyAndIsPublishedOnceAfterRequeue() throws Exception {
        String u = unique();
        String key = "park-" + u;
        String big = "park-big-" + u;
        String behind = "park-behind-" + u;
        List<String> others = List.of("park-other-1-" + u, "park-other-2-" + u);
        insert(List.of(
                new String[] {TOPIC, key, big, directive(big, OVER_DEFAULT_LIMIT)},
                new String[] {TOPIC, key, behind, directive(behind, 0)},
                new String[] {TOPIC, "park-o1-" + u, others.get(0), directive(others.get(0), 0)},
                new String[] {TOPIC, "park-o2-" + u, others.get(1), directive(others.get(1), 0)}));

        await().atMost(Duration.ofSeconds(30)).until(() -> row(big).get("parked_at") != null);
        long bigId = (Long) row(big).get("id");
        long size = key.length() + directive(big, OVER_DEFAULT_LIMIT).getBytes(StandardCharsets.UTF_8).length
                + OutboxRelay.MESSAGE_ID.length() + big.length();
        int limit = topicLimit();
        assertThat((String) row(big).get("parked_reason")).contains("too large", Long.toString(size), Integer.toString(limit));
        await().atMost(Duration.ofSeconds(30)).until(() -> onTopic().keySet().containsAll(others));
        assertThat(row(behind).get("published_at")).isNull();
        assertThat(row(behind).get("attempted_at")).isNull();
        assertThat(onTopic()).doesNotContainKeys(big, behind);

        Map<String, Object> listed = given().auth().preemptive().basic("admin", "admin").get("/api/admin/outbox/parked")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.id == " + bigId + " }", Map.class).get(0);
        assertThat(listed).containsEntry("topic", TOPIC).containsEntry("key", key).containsEntry("messageId", big)
                .containsEntry("waiting", 1).containsKeys("parkedAt", "createdAt", "reason");
        assertThat(((Number) listed.get("sizeBytes")).longValue()).isEqualTo(size);
        await().atMost(Duration.ofSeconds(20)).until(() -> parkedGauge() > 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/q/health/well").then().extract().asString()
                .contains("row " + bigId));
        given().get("/q/health/well").then().statusCode(503);

        try {
            setTopicLimit(Integer.toString(4 * 1024 * 1024));
            // the broker applies a config change asynchronously: re-queue only once it reports the new limit
            await().atMost(Duration.ofSeconds(30)).until(() -> topicLimit() == 4 * 1024 * 1024);
            post("admin", "/api/admin/outbox/parked/" + bigId + "/requeue", "{\"reason\": \"max.message.bytes raised to 4 MiB\"}")
                    .statusCode(200).body("action", org.hamcrest.Matchers.equalTo("REQUEUED"))
                    .body("by", org.hamcrest.Matchers.equalTo("admin"));
            await().atMost(Duration.ofSeconds(30)).until(() -> row(behind).get("published_at") != null);
            assertThat(row(big).get("published_at")).isNotNull();

            // a later message of the same key (same partition): once it is read, the counts before it are final
            String marker = "park-marker-" + u;
            insert(List.<String[]>of(new String[] {TOPIC, key, marker, directive(marker, 0)}));
            List<ConsumerRecord<String, byte[]>> ours = await().atMost(Duration.ofSeconds(30))
                    .until(() -> records(key), r -> r.stream().anyMatch(x -> marker.equals(Infra.header(x, OutboxRelay.MESSAGE_ID))));
            List<String> order = ours.stream().map(r -> Infra.header(r, OutboxRelay.MESSAGE_ID)).toList();
            assertThat(order).containsExactly(big, behind, marker); // once each, in offset order
            assertThat(ours.get(0).offset()).isLessThan(ours.get(1).offset());
        } finally {
            setTopicLimit(null);
            limits.refresh();
        }
        assertThat(events(bigId)).containsEntry("OUTBOX_PARKED", "system").containsEntry("OUTBOX_REQUEUED", "admin");
    }

    @Test
    void aDiscardedMessageIsNeverSentAndNoLongerBlocksItsKey() throws Exception {
        limits.refresh();
        String u = unique();
        String key = "discard-" + u;
        String big = "discard-big-" + u;
        String behind = "discard-behind-" + u;
        insert(List.of(new String[] {TOPIC, key, big, directive(big, OVER_DEFAULT_LIMIT)},
                new String[] {TOPIC, key, behind, directive(behind, 0)}));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(big).get("parked_at") != null);
        long bigId = (Long) row(big).get("id");
        assertThat(row(behind).get("published_at")).isNull();

        post("admin", "/api/admin/outbox/parked/" + bigId + "/discard", "{\"reason\": \"superseded, not needed\"}")
                .statusCode(200).body("action", org.hamcrest.Matchers.equalTo("DISCARDED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(behind).get("published_at") != null);
        assertThat(records(key).stream().map(r -> Infra.header(r, OutboxRelay.MESSAGE_ID)).toList()).containsExactly(behind);
        assertThat(row(big).get("discarded_at")).isNotNull();
        assertThat(row(big).get("published_at")).isNull();
        assertThat(events(bigId)).containsEntry("OUTBOX_DISCARDED", "admin");
        // no longer parked: neither listed nor re-queueable
        post("admin", "/api/admin/outbox/parked/" + bigId + "/requeue", "{\"reason\": \"again\"}").statusCode(404);
    }

    @Test
    void aMessageForAnUnknownTopicIsParked() throws Exception {
        String u = unique();
        String id = "unknown-topic-" + u;
        insert(List.<String[]>of(new String[] {"aq.no-such-topic." + u, "k-" + u, id, "{}"}));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).get("parked_at") != null);
        assertThat((String) row(id).get("parked_reason")).contains("unknown topic", "aq.no-such-topic." + u);
        post("admin", "/api/admin/outbox/parked/" + row(id).get("id") + "/discard", "{\"reason\": \"test cleanup\"}").statusCode(200);
    }

    @Test
    void onlyAnAdminMaySeeOrActOnParkedMessages() {
        given().auth().preemptive().basic("duty", "duty").get("/api/admin/outbox/parked").then().statusCode(403);
        post("duty", "/api/admin/outbox/parked/1/requeue", "{\"reason\": \"x\"}").statusCode(403);
        post("duty", "/api/admin/outbox/parked/1/discard", "{\"reason\": \"x\"}").statusCode(403);
        given().get("/api/admin/outbox/parked").then().statusCode(401);
    }

    @Test
    void anUnknownOrUnparkedIdIs404() throws Exception {
        post("admin", "/api/admin/outbox/parked/987654321/requeue", "{\"reason\": \"x\"}").statusCode(404);
        String id = "published-" + unique();
        insert(List.<String[]>of(new String[] {TOPIC, "k-" + id, id, directive(id, 0)}));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).get("published_at") != null);
        post("admin", "/api/admin/outbox/parked/" + row(id).get("id") + "/discard", "{\"reason\": \"x\"}").statusCode(404);
    }

    @Test
    void aReasonIsRequiredAndBounded() {
        post("admin", "/api/admin/outbox/parked/1/requeue", "{}").statusCode(400).body("field", org.hamcrest.Matchers.equalTo("reason"));
        post("admin", "/api/admin/outbox/parked/1/discard", "{\"reason\": \"  \"}").statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("reason"));
        post("admin", "/api/admin/outbox/parked/1/discard", "{\"reason\": \"" + "x".repeat(2001) + "\"}").statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("reason"));
    }

    @Test
    void publishedAndDiscardedRowsAreDeletedAfterTheRetention() throws Exception {
        String u = unique();
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            // written already published (or discarded), so the relay leaves them alone
            s.executeUpdate("INSERT INTO outbox (topic, message_key, message_id, payload, created_at, attempted_at, published_at) VALUES "
                    + "('t', 'k', 'old-" + u + "', '{}', now() - interval '30 days', now() - interval '30 days', now() - interval '30 days'), "
                    + "('t', 'k', 'recent-" + u + "', '{}', now() - interval '1 day', now() - interval '1 day', now() - interval '1 day')");
            s.executeUpdate("INSERT INTO outbox (topic, message_key, message_id, payload, created_at, parked_at, parked_reason, discarded_at) "
                    + "VALUES ('t', 'k', 'discarded-" + u + "', '{}', now() - interval '30 days', now() - interval '30 days', 'test', "
                    + "now() - interval '30 days')");
        }
        long deleted = retention.deleteBefore(OffsetDateTime.now().minusDays(7)).await().atMost(Duration.ofSeconds(30));
        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(row("old-" + u)).isEmpty();
        assertThat(row("discarded-" + u)).isEmpty();
        assertThat(row("recent-" + u)).isNotEmpty();
    }

    // ---- helpers

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A schema-valid vehicle order, padded with {@code padding} characters in an extra field (the schema allows extra
     * fields; its own strings are bounded). The directive id has Lantian's form; the message id is the outbox row's.
     */
    private static String directive(String id, int padding) {
        return """
                {"directiveId": "D-V-999999-999999-1", "version": 1, "warningId": "W-test", "regionCode": "999999", "level": "YELLOW", \
                "action": "START", "effectiveFrom": "2026-12-01T00:00:00+08:00", "issuedAt": "2026-12-01T00:00:00+08:00", \
                "ackDeadline": null, "measures": [{"action": "TEST", "description": "test %s"}], "padding": "%s"}"""
                .formatted(id, "x".repeat(padding));
    }

    private static void insert(List<String[]> rows) throws Exception {
        try (Connection c = Infra.db(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO outbox (topic, message_key, message_id, payload) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (String[] r : rows) {
                for (int i = 0; i < 4; i++) {
                    insert.setString(i + 1, r[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static Map<String, Object> row(String messageId) throws Exception {
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement("SELECT id, attempted_at, published_at, parked_at, "
                + "parked_reason, discarded_at FROM outbox WHERE message_id = ?")) {
            s.setString(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> row = new HashMap<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    /** Event type → actor of the events about one outbox row. */
    private static Map<String, String> events(long outboxId) throws Exception {
        Map<String, String> result = new HashMap<>();
        try (Connection c = Infra.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, actor FROM event_log WHERE id LIKE 'outbox:" + outboxId + ":%'")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        }
        return result;
    }

    /** Message id → record, of what is on the topic now. */
    private static Map<String, ConsumerRecord<String, byte[]>> onTopic() {
        Map<String, ConsumerRecord<String, byte[]>> result = new HashMap<>();
        Infra.readAll(TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(3))
                .forEach(r -> result.put(String.valueOf(Infra.header(r, OutboxRelay.MESSAGE_ID)), r));
        return result;
    }

    /** One key's records on the topic (one partition), in offset order. */
    private static List<ConsumerRecord<String, byte[]>> records(String key) {
        List<ConsumerRecord<String, byte[]>> result = new ArrayList<>(Infra.readAll(TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(3))
                .stream().filter(r -> key.equals(r.key())).toList());
        result.sort(java.util.Comparator.comparingLong(ConsumerRecord::offset));
        return result;
    }

    private static double parkedGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("aq_platform_outbox_parked ") || l.startsWith("aq_platform_outbox_parked{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static ValidatableResponse post(String user, String path, String body) {
        return given().auth().preemptive().basic(user, user).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static int topicLimit() throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        try (AdminClient admin = admin()) {
            return Integer.parseInt(admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
                    .get("max.message.bytes").value());
        }
    }

    /** Sets the topic's max.message.bytes, or back to the broker's default with null. */
    private static void setTopicLimit(String value) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        AlterConfigOp op = value == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", value), AlterConfigOp.OpType.SET);
        try (AdminClient admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.bootstrap()));
    }
}
