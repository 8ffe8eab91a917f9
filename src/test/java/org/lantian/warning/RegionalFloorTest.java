package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A regional warning on Kafka raises the effective level of the county it names; no county warning may go below it. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class RegionalFloorTest {

    @Test
    void aRegionalWarningSetsAFloor() {
        String floor = """
                {"regionCode": "140000", "warningId": "SX-TEST-FLOOR-1", "level": "%s", "regions": ["141033"],
                 "effectiveFrom": "%s", "effectiveTo": "%s", "issuedBy": "山西省生态环境厅", "reason": "区域重污染过程"}
                """;
        Infra.send(RegionalFloors.TOPIC, "140000", floor.formatted("ORANGE", WarningApi.now(-1), WarningApi.now(6)));
        await().atMost(Duration.ofSeconds(30)).until(() -> CountyScopeTest.effective("141033"), l -> l.equals("ORANGE"));
        JsonNode changed = WarningLifecycleTest.last("141033", "EFFECTIVE_LEVEL_CHANGED");
        assertThat(changed.get("warningId").asText()).isEqualTo("SX-TEST-FLOOR-1");
        assertThat(changed.get("actor").asText()).isEqualTo("山西省生态环境厅");
        assertThat(CountyScopeTest.effective("141032")).isEqualTo("NONE");

        // 蒲县 cannot put itself at or below the floor
        WarningApi.post("county-141033", "county", "/api/warnings", """
                {"regionCode": "141033", "level": "YELLOW", "reason": "x"}""").statusCode(409).body("error", containsString("ORANGE"));

        // the same regional warning, ended (level NONE), removes the floor
        Infra.send(RegionalFloors.TOPIC, "140000", floor.formatted("NONE", WarningApi.now(-1), WarningApi.now(6)));
        await().atMost(Duration.ofSeconds(30)).until(() -> CountyScopeTest.effective("141033"), l -> l.equals("NONE"));

        // both receipts are in the event log, by the issuer
        io.restassured.RestAssured.given().auth().preemptive().basic("consult", "consult")
                .queryParam("type", "REGIONAL_WARNING_RECEIVED").queryParam("warningId", "SX-TEST-FLOOR-1").get("/api/events")
                .then().statusCode(200)
                .body("events.payload.level", org.hamcrest.Matchers.equalTo(List.of("ORANGE", "NONE")))
                .body("events.actor", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("山西省生态环境厅")))
                .body("events.regionCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("140000")));
    }

    @Test
    void aMalformedRegionalWarningGoesToItsDeadLetterTopic() {
        Infra.send(RegionalFloors.TOPIC, "140000", "{\"regionCode\": \"140000\", \"warningId\": \"SX-BAD\", \"level\": \"PURPLE\"}"
                .getBytes(), java.util.Map.of("test-case", "bad-floor"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Infra.readAll(RegionalFloors.TOPIC + ".dlq", Integer.MAX_VALUE,
                Duration.ofSeconds(2)).stream().anyMatch(r -> "bad-floor".equals(Infra.header(r, "test-case"))
                && "schema-violation".equals(Infra.header(r, "dead-letter-reason"))));
    }
}
