package org.lantian.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.eventlog.AnchorTestSupport.Recorded;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.platform.outbox.OutboxRelay;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The head goes to Kafka and into the log when it moved; anchor records are not movement; verify reads them back. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class AnchoringTest {

    @Inject
    EventLog log;

    @Inject
    Anchoring anchoring;

    @Inject
    RecordSchemas schemas;

    @Inject
    MeterRegistry registry;

    @Test
    void aMovedHeadIsPublishedAndRecordedInTheLog() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        double before = registry.counter("aq.eventlog.anchors.published").count();
        long last = AnchorTestSupport.append(log, "anchor-" + run + "-0", "anchor-" + run + "-1").get(1);
        Recorded anchor = AnchorTestSupport.anchoredAndPublished(anchoring, last);

        // what was anchored is what the log had at that seq, and the log names the anchor right after it
        assertThat(anchor.hash()).isEqualTo(AnchorTestSupport.hashAt(anchor.seq()));
        assertThat(AnchorTestSupport.stringValue("SELECT id FROM event_log WHERE seq = " + anchor.recordSeq()))
                .isEqualTo("anchor:" + anchor.seq());
        assertThat(registry.counter("aq.eventlog.anchors.published").count()).isGreaterThan(before);

        // on the topic: key eventlog, its deterministic message id, the schema's {seq, hash, at}
        List<ConsumerRecord<String, byte[]>> onTopic = Infra.readAll(Anchor.TOPIC, (int) AnchorTestSupport.longValue(
                "SELECT count(*) FROM outbox WHERE topic = '" + Anchor.TOPIC + "' AND published_at IS NOT NULL"), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> mine = onTopic.stream()
                .filter(r -> ("eventlog-anchor:" + anchor.seq()).equals(Infra.header(r, OutboxRelay.MESSAGE_ID)))
                .findFirst().orElseThrow(() -> new AssertionError("anchor " + anchor.seq() + " not on " + Anchor.TOPIC));
        assertThat(mine.key()).isEqualTo("eventlog");
        JsonNode message = schemas.parse(Anchor.TOPIC, mine.value());
        assertThat(message.get("seq").asLong()).isEqualTo(anchor.seq());
        assertThat(message.get("hash").asText()).isEqualTo(anchor.hash());
        assertThat(OffsetDateTime.parse(message.get("at").asText()).toInstant()).isEqualTo(anchor.at().toInstant());
        assertThat(new String(mine.value(), StandardCharsets.UTF_8)).doesNotContain("\n");
    }

    @Test
    void anAnchorRecordIsNotMovement() throws Exception {
        long last = AnchorTestSupport.append(log, "still-" + UUID.randomUUID()).get(0);
        Recorded anchor = AnchorTestSupport.anchoredAndPublished(anchoring, last);

        // nothing appended since but the anchor's own record: nothing to anchor (unless something else was appended meanwhile)
        Anchor again = anchoring.anchor().await().atMost(Duration.ofSeconds(10));
        if (again != null) {
            assertThat(again.seq()).isGreaterThan(anchor.recordSeq());
        }
        // and never, whoever anchored: an anchor of an anchor record
        assertThat(AnchorTestSupport.longValue("SELECT count(*) FROM event_log a JOIN event_log e "
                + "ON e.seq = (a.payload->>'seq')::bigint WHERE a.type = 'ANCHOR_PUBLISHED' AND e.type = 'ANCHOR_PUBLISHED'")).isZero();
    }

    @Test
    void verifyChecksTheLogAgainstEveryAnchorOnKafka() throws Exception {
        long last = AnchorTestSupport.append(log, "checked-" + UUID.randomUUID()).get(0);
        AnchorTestSupport.anchoredAndPublished(anchoring, last);
        long published = AnchorTestSupport.longValue("SELECT count(*) FROM outbox WHERE topic = '" + Anchor.TOPIC
                + "' AND published_at IS NOT NULL");
        long events = AnchorTestSupport.longValue("SELECT count(*) FROM event_log");

        JsonPath v = given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then().statusCode(200)
                .extract().jsonPath();
        assertThat(v.getBoolean("intact")).isTrue();
        assertThat(v.getString("anchorCheck")).isEqualTo("CONSISTENT");
        assertThat(v.getLong("anchorsChecked")).isGreaterThanOrEqualTo(published);
        assertThat(v.getMap("contradictedAnchor")).isNull();
        assertThat(v.getString("anchorCheckProblem")).isNull();
        assertThat(v.getLong("events")).isGreaterThanOrEqualTo(events);
    }
}
