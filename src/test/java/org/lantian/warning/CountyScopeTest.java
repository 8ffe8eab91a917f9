package org.lantian.warning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A county may go above the city, never to or below it; only its own officer or a city officer may
 * raise it; two officers adjusting one version at once: one wins, one gets 409; a lift against the
 * forecast needs an override reason, which is recorded.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class CountyScopeTest {

    @Test
    void countyRaisesStayAboveTheCityAndOnlyTheirOfficersMayMakeThem() throws Exception {
        String city = WarningApi.asDuty("/api/warnings", """
                {"regionCode": "141000", "level": "YELLOW", "reason": "会商：黄色预警"}""")
                .statusCode(200).extract().path("id");
        try {
            // 洪洞县's officer raises 洪洞县 to ORANGE
            String county = WarningApi.post("county-141024", "county", "/api/warnings", """
                    {"regionCode": "141024", "level": "ORANGE", "reason": "洪洞县提级响应"}""")
                    .statusCode(200).body("issuedBy", equalTo("county-141024")).extract().path("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> effective("141024"), l -> l.equals("ORANGE"));
            assertThat(effective("141023")).isEqualTo("YELLOW");
            // what holds each there: the county's own raise above the city's warning; the city's alone next door
            assertThat(sources("141024")).containsEntry("own", "ORANGE").containsEntry("city", "YELLOW")
                    .containsEntry("floor", "NONE");
            assertThat(sources("141023")).containsEntry("own", "NONE").containsEntry("city", "YELLOW");

            // ... but not 襄汾县, and no county goes to or below the city
            WarningApi.post("county-141024", "county", "/api/warnings", """
                    {"regionCode": "141023", "level": "ORANGE", "reason": "x"}""").statusCode(403);
            WarningApi.post("county-141023", "county", "/api/warnings", """
                    {"regionCode": "141023", "level": "YELLOW", "reason": "x"}""")
                    .statusCode(409).body("error", containsString("higher than"));
            WarningApi.post("county-141024", "county", "/api/warnings/" + county + "/adjust", """
                    {"level": "YELLOW", "version": 1, "reason": "x", "overrideReason": "test"}""")
                    .statusCode(409).body("error", containsString("higher than"));
            // a county officer cannot touch the city's warning
            WarningApi.post("county-141024", "county", "/api/warnings/" + city + "/adjust", """
                    {"level": "RED", "version": 1, "reason": "x"}""").statusCode(403);
            // consultation members read, never act
            WarningApi.post("consult", "consult", "/api/warnings", """
                    {"regionCode": "141024", "level": "RED", "reason": "x"}""").statusCode(403);

            WarningApi.post("county-141024", "county", "/api/warnings/" + county + "/lift", """
                    {"version": 1, "reason": "提级结束", "overrideReason": "县政府决定结束提级响应"}""").statusCode(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> effective("141024"), l -> l.equals("YELLOW"));
        } finally {
            liftCity(city);
        }
    }

    @Test
    void twoOfficersAdjustingOneVersionAtOnceOneGets409() throws Exception {
        String id = WarningApi.asDuty("/api/warnings", """
                {"regionCode": "141000", "level": "YELLOW", "reason": "会商：黄色预警"}""")
                .statusCode(200).extract().path("id");
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> adjust(id, "ORANGE"));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> adjust(id, "RED"));
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
            given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + id).then()
                    .statusCode(200).body("warning.version", equalTo(2)).body("actions.size()", equalTo(2));
        } finally {
            liftCity(id);
        }
    }

    @Test
    void liftingAgainstTheForecastNeedsARecordedOverride() throws Exception {
        String id = WarningApi.asDuty("/api/warnings", """
                {"regionCode": "141000", "level": "ORANGE", "reason": "会商：橙色预警"}""")
                .statusCode(200).extract().path("id");
        // the latest city forecast (if any, from other tests) is not a clean 36 h: the plain lift is refused
        org.lantian.testing.Infra.send(org.lantian.monitoring.ForecastIngestor.TOPIC, "141000",
                WarningApi.forecast("141000", 230, 90));
        // wait until the forecast is stored: then the refusal names it
        await().atMost(Duration.ofSeconds(30)).until(() -> WarningApi.asDuty("/api/warnings/" + id + "/lift", """
                {"version": 1, "reason": "解除"}""").extract().<String>path("error").contains("(issued "));
        WarningApi.asDuty("/api/warnings/" + id + "/lift", """
                {"version": 1, "reason": "解除"}""").statusCode(409).body("error", containsString("36 h"));
        WarningApi.asDuty("/api/warnings/" + id + "/lift", """
                {"version": 1, "reason": "解除", "overrideReason": "省厅通知统一解除"}""").statusCode(200);
        given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + id).then()
                .body("actions[1].overrideReason", equalTo("省厅通知统一解除")).body("actions[1].actor", equalTo("duty"));
        JsonNode lifted = await().atMost(Duration.ofSeconds(30)).until(() -> WarningLifecycleTest.last("141000", "LIFTED"),
                e -> e != null && e.get("warningId").asText().equals(id));
        assertThat(lifted.get("overrideReason").asText()).isEqualTo("省厅通知统一解除");
        // and the event log has the decision with its actor and override
        try (java.sql.Connection c = org.lantian.testing.Infra.db(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT actor, payload->>'overrideReason' FROM event_log "
                     + "WHERE type = 'LIFTED' AND warning_id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("duty");
            assertThat(rs.getString(2)).isEqualTo("省厅通知统一解除");
        }
    }

    private static int adjust(String id, String level) {
        return WarningApi.asDuty("/api/warnings/" + id + "/adjust", """
                {"level": "%s", "version": 1, "reason": "升级"}""".formatted(level)).extract().statusCode();
    }

    private static void liftCity(String id) {
        int version = given().auth().preemptive().basic("duty", "duty").get("/api/warnings/" + id).then()
                .extract().path("warning.version");
        WarningApi.asDuty("/api/warnings/" + id + "/lift", """
                {"version": %d, "reason": "test cleanup", "overrideReason": "test cleanup"}""".formatted(version)).statusCode(200);
    }

    static java.util.Map<String, Object> sources(String region) {
        List<java.util.Map<String, Object>> levels = given().auth().preemptive().basic("consult", "consult")
                .get("/api/warnings/effective-levels").then().statusCode(200).extract().path("$");
        return levels.stream().filter(l -> region.equals(l.get("regionCode")))
                .map(l -> (java.util.Map<String, Object>) l.get("sources")).findFirst().orElseThrow();
    }

    static String effective(String region) {
        List<java.util.Map<String, Object>> levels = given().auth().preemptive().basic("consult", "consult")
                .get("/api/warnings/effective-levels").then().statusCode(200).extract().path("$");
        return levels.stream().filter(l -> region.equals(l.get("regionCode"))).map(l -> (String) l.get("level"))
                .findFirst().orElseThrow();
    }
}
