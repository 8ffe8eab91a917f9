package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.monitoring.ForecastIngestor;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On real Kafka: a forecast record → PROPOSED on aq.warning.events.v1; the officer issues from the
 * proposal → ISSUED (and every county's effective level changes); a clean forecast → a LIFT proposal;
 * the officer lifts without override → LIFTED.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class WarningLifecycleTest {

    static final String CITY = "141000";

    @Inject
    RecordSchemas schemas;

    @Test
    void forecastProposalIssueCleanForecastLift() {
        // the city's topic key carries earlier tests' events: look only at new ones
        java.util.Set<String> before = new java.util.HashSet<>();
        WarningApi.events(CITY).forEach(e -> before.add(e.get("eventId").asText()));
        Set<String> before141034 = new java.util.HashSet<>();
        WarningApi.events("141034").forEach(e -> before141034.add(e.get("eventId").asText()));
        // three days above 200 (national-2019: > 200 for ≥ 48 h → ORANGE)
        Infra.send(ForecastIngestor.TOPIC, CITY, WarningApi.forecast(CITY, 260, 240, 230));
        JsonNode proposed = await().atMost(Duration.ofSeconds(30)).until(() -> last(CITY, "PROPOSED", before), e -> e != null);
        assertThat(proposed.get("level").asText()).isEqualTo("ORANGE");
        assertThat(proposed.get("previousLevel").asText()).isEqualTo("NONE");
        assertThat(proposed.get("ruleSet").asText()).isEqualTo("national-2019");
        assertThat(proposed.get("mandatory").asBoolean()).isTrue();
        assertThat(proposed.get("reasons").toString()).contains("AQI > 200");
        String proposalId = proposed.get("proposalId").asText();

        // the same forecast again proposes nothing new
        Infra.send(ForecastIngestor.TOPIC, CITY, WarningApi.forecast(CITY, 260, 240, 230));

        String warningId = WarningApi.asDuty("/api/warnings", """
                {"regionCode": "141000", "level": "ORANGE", "reason": "会商研判：启动橙色预警", "proposalId": "%s"}
                """.formatted(proposalId)).statusCode(200)
                .body("level", equalTo("ORANGE")).body("issuedBy", equalTo("duty")).body("version", equalTo(1))
                .extract().path("id");
        JsonNode issued = await().atMost(Duration.ofSeconds(30)).until(() -> last(CITY, "ISSUED", before), e -> e != null);
        assertThat(issued.get("warningId").asText()).isEqualTo(warningId);
        assertThat(issued.get("actor").asText()).isEqualTo("duty");
        assertThat(issued.get("previousLevel").asText()).isEqualTo("NONE");
        JsonNode county = await().atMost(Duration.ofSeconds(30)).until(() -> last("141034", "EFFECTIVE_LEVEL_CHANGED", before141034),
                e -> e != null && e.get("level").asText().equals("ORANGE"));
        assertThat(county.get("warningId").asText()).isEqualTo(warningId);

        // a clean forecast (AQI 80 for two days) proposes the lift; the lift needs no override
        Infra.send(ForecastIngestor.TOPIC, CITY, WarningApi.forecast(CITY, 80, 70));
        JsonNode lift = await().atMost(Duration.ofSeconds(30)).until(() -> last(CITY, "PROPOSED", before),
                e -> e != null && e.get("level").asText().equals("NONE"));
        assertThat(lift.get("kind").asText()).isEqualTo("LIFT");
        // a version that is not a JSON int is refused on its field, as a missing one is, and nothing changes
        for (String version : List.of("\"1\"", "true", "1.0e10", "null", "{}", "[1]")) {
            WarningApi.asDuty("/api/warnings/" + warningId + "/lift", """
                    {"version": %s, "reason": "解除"}""".formatted(version)).statusCode(400).body("field", equalTo("version"))
                    .body("error", equalTo("version is required: the warning version you are acting on (from GET /api/warnings)"));
        }
        WarningApi.asDuty("/api/warnings/" + warningId + "/adjust", """
                {"level": "RED", "reason": "升级"}""").statusCode(400).body("field", equalTo("version"));
        WarningApi.asDuty("/api/warnings/" + warningId + "/lift", """
                {"version": 1, "reason": "预报空气质量好转，解除预警"}
                """).statusCode(200).body("status", equalTo("LIFTED")).body("version", equalTo(2));
        // the lift was checked against the stored clean forecast, which monitoring also answers (typed ForecastView)
        given().auth().preemptive().basic("consult", "consult").get("/api/regions/" + CITY + "/forecast").then().statusCode(200)
                .body("issuedAt", org.hamcrest.Matchers.endsWith("+08:00")).body("periods", org.hamcrest.Matchers.hasSize(2))
                .body("periods[0].primaryPollutant", equalTo("PM2.5"));
        JsonNode lifted = await().atMost(Duration.ofSeconds(30)).until(() -> last(CITY, "LIFTED", before), e -> e != null);
        assertThat(lifted.get("level").asText()).isEqualTo("NONE");
        assertThat(lifted.get("previousLevel").asText()).isEqualTo("ORANGE");

        List<JsonNode> proposals = WarningApi.events(CITY).stream().filter(e -> e.get("type").asText().equals("PROPOSED"))
                .filter(e -> !before.contains(e.get("eventId").asText())).toList();
        assertThat(proposals).extracting(e -> e.get("level").asText()).containsExactly("ORANGE", "NONE");
        // every event honours the contract's schema
        Infra.readAll(WarningEvent.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(2)).forEach(r -> schemas.parse(WarningEvent.TOPIC, r.value()));
    }

    static JsonNode last(String region, String type) {
        return last(region, type, Set.of());
    }

    /** The region's latest event of the type, ignoring the {@code earlier} event ids. */
    static JsonNode last(String region, String type, Set<String> earlier) {
        List<JsonNode> events = WarningApi.events(region).stream().filter(e -> e.get("type").asText().equals(type))
                .filter(e -> !earlier.contains(e.get("eventId").asText())).toList();
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }
}
