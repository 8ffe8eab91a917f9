package org.lantian.directive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An orange warning for 安泽县 (141026) and its N listed enterprises of the demo list: exactly N START
 * orders on Kafka with each enterprise's orange measures, one vehicle and one construction order; an
 * adjust to red → N CHANGE; a lift → N END; acknowledgements (REST and Kafka) recorded once, refused
 * for a wrong enterprise. (Overdue orders: {@link OverdueEscalationTest}, which moves the clock.) One flow on
 * purpose: each step acts on the orders the previous one made, so it is not split into separate tests.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class DirectiveFlowTest {

    static final String COUNTY = "141026";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RecordSchemas schemas;

    @Test
    void ordersFollowTheCountysLevelAndAreAcknowledged() throws Exception {
        List<Map<String, Object>> enterprises = given().auth().preemptive().basic("duty", "duty")
                .queryParam("regionCode", COUNTY).get("/api/enterprises").then().statusCode(200).extract().path("$");
        int n = enterprises.size();
        assertThat(n).isGreaterThan(5);

        String warning = post("duty", "/api/warnings", """
                {"regionCode": "141026", "level": "ORANGE", "reason": "安泽县橙色预警"}""").statusCode(200).extract().path("id");
        Map<String, JsonNode> starts = await().atMost(Duration.ofSeconds(60)).until(() -> industrial("START"), m -> m.size() >= n);
        assertThat(starts).hasSize(n);
        assertThat(starts.keySet()).isEqualTo(enterprises.stream().map(e -> (String) e.get("enterpriseId")).collect(Collectors.toSet()));
        Map<String, Object> first = enterprises.get(0);
        JsonNode order = starts.get((String) first.get("enterpriseId"));
        assertThat(order.get("level").asText()).isEqualTo("ORANGE");
        assertThat(order.get("warningId").asText()).isEqualTo(warning);
        assertThat(order.get("version").asInt()).isEqualTo(1);
        assertThat(order.get("measures").toString())
                .isEqualTo(JSON.valueToTree(((Map<?, ?>) first.get("measures")).get("ORANGE")).toString());
        // the county's orders go out by the same outbox, not necessarily in the same round: await them
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> region("aq.directive.vehicle.v1"), l -> !l.isEmpty())).hasSize(1);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> region("aq.directive.construction.v1"), l -> !l.isEmpty())).hasSize(1);
        // the API shows each order's measures as published, field by field (the fields a measure lacks left out)
        Map<String, JsonNode> published = new java.util.HashMap<>();
        starts.values().forEach(d -> published.put(d.get("directiveId").asText(), d));
        region("aq.directive.vehicle.v1").forEach(d -> published.put(d.get("directiveId").asText(), d));
        region("aq.directive.construction.v1").forEach(d -> published.put(d.get("directiveId").asText(), d));
        JsonNode shown = JSON.readTree(given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warning)
                .queryParam("limit", 1000).get("/api/directives").then().statusCode(200).extract().asString());
        assertThat(shown).hasSize(n + 2);
        for (JsonNode d : shown) {
            assertThat(published).containsKey(d.get("directiveId").asText());
            JsonNode measures = published.get(d.get("directiveId").asText()).get("measures").deepCopy();
            measures.forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).properties().removeIf(f -> f.getValue().isNull()));
            assertThat(d.get("measures")).as(d.get("directiveId").asText()).isEqualTo(measures);
        }

        post("duty", "/api/warnings/" + warning + "/adjust", """
                {"level": "RED", "version": 1, "reason": "升级为红色"}""").statusCode(200);
        Map<String, JsonNode> changes = await().atMost(Duration.ofSeconds(60)).until(() -> industrial("CHANGE"), m -> m.size() >= n);
        assertThat(changes).hasSize(n);
        assertThat(changes.values()).allSatisfy(d -> assertThat(d.get("version").asInt()).isEqualTo(2));

        // acknowledgements: own order by REST (twice: once counts), another's refused as if it did not exist, one by Kafka
        String enterprise = (String) first.get("enterpriseId");
        String startId = order.get("directiveId").asText();
        post(enterprise, "enterprise", "/api/directives/" + startId + "/ack", "").statusCode(200).body("first", equalTo(true));
        post(enterprise, "enterprise", "/api/directives/" + startId + "/ack", "").statusCode(200).body("first", equalTo(false));
        String other = (String) enterprises.get(1).get("enterpriseId");
        post(other, "enterprise", "/api/directives/" + startId + "/ack", "").statusCode(404).body("error", equalTo("no directive " + startId));
        post(other, "enterprise", "/api/directives/D-I-NO-SUCH/ack", "").statusCode(404);
        String otherStart = starts.get(other).get("directiveId").asText();
        Infra.send(DirectiveAckIngestor.TOPIC, other, """
                {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "2026-11-28T10:00:00+08:00", "by": "厂长"}""".formatted(otherStart, other));
        Infra.send(DirectiveAckIngestor.TOPIC, other, ("""
                {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "2026-11-28T10:00:00+08:00", "by": "x"}""".formatted(startId, other))
                .getBytes(), Map.of("test-case", "wrong-enterprise"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().preemptive().basic(other, "enterprise")
                .queryParam("status", "ACKNOWLEDGED").get("/api/directives").then().extract().<List<?>>path("$").size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> Infra.readAll(DirectiveAckIngestor.TOPIC + ".dlq", Integer.MAX_VALUE,
                Duration.ofSeconds(2)).stream().anyMatch(r -> "wrong-enterprise".equals(Infra.header(r, "test-case"))
                && "wrong-enterprise".equals(Infra.header(r, "dead-letter-reason"))));
        // an enterprise sees only its own orders
        given().auth().preemptive().basic(enterprise, "enterprise").get("/api/directives").then().statusCode(200)
                .body("subject.unique()", equalTo(List.of(enterprise)));

        post("duty", "/api/warnings/" + warning + "/lift", """
                {"version": 2, "reason": "解除", "overrideReason": "test"}""").statusCode(200);
        Map<String, JsonNode> ends = await().atMost(Duration.ofSeconds(60)).until(() -> industrial("END"), m -> m.size() >= n);
        assertThat(ends).hasSize(n);
        assertThat(ends.values()).allSatisfy(d -> assertThat(d.get("measures").size()).isZero());
        // every order honours its schema
        for (String topic : List.of("aq.directive.industrial.v1", "aq.directive.vehicle.v1", "aq.directive.construction.v1")) {
            Infra.readAll(topic, Integer.MAX_VALUE, Duration.ofSeconds(2)).forEach(r -> schemas.parse(topic, r.value()));
        }
    }

    private static io.restassured.response.ValidatableResponse post(String user, String path, String body) {
        return post(user, user, path, body);
    }

    private static io.restassured.response.ValidatableResponse post(String user, String password, String path, String body) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /** This county's industrial orders of one action, by enterprise; fails on a duplicate id. */
    private static Map<String, JsonNode> industrial(String action) throws Exception {
        Map<String, JsonNode> byEnterprise = new java.util.HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll("aq.directive.industrial.v1", Integer.MAX_VALUE, Duration.ofSeconds(2))) {
            JsonNode d = JSON.readTree(r.value());
            if (!d.has("kind") && d.get("regionCode").asText().equals(COUNTY) && d.get("action").asText().equals(action)) {
                assertThat(ids.add(d.get("directiveId").asText())).as("directive id published once").isTrue();
                assertThat(r.key()).isEqualTo(d.get("enterpriseId").asText());
                byEnterprise.put(d.get("enterpriseId").asText(), d);
            }
        }
        return byEnterprise;
    }

    private static List<JsonNode> region(String topic) throws Exception {
        List<JsonNode> orders = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(topic, Integer.MAX_VALUE, Duration.ofSeconds(2))) {
            JsonNode d = JSON.readTree(r.value());
            if (COUNTY.equals(r.key()) && d.get("action").asText().equals("START")) {
                orders.add(d);
            }
        }
        return orders;
    }
}
