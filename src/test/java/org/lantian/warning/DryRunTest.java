package org.lantian.warning;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lantian.monitoring.ForecastIngestor;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Over HTTP: {@code /api/warnings/evaluate} names the stage and reason that stop a proposal, and a forecast that
 * proposes nothing is counted by that stage. 古县 (141025) is raised by no test, and every test lifts the city's
 * warnings, so it is at NONE.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class DryRunTest {

    private static final String COUNTY = "141025";

    @Test
    void aCleanForecastIsStoppedByThePolicyWhichSaysWhy() {
        WarningApi.asDuty("/api/warnings/evaluate", WarningApi.forecast(COUNTY, 80, 70)).statusCode(200)
                .body("regionCode", equalTo(COUNTY)).body("ruleSet", equalTo("national-2019"))
                .body("level", equalTo("NONE")).body("currentLevel", equalTo("NONE")).body("floorLevel", equalTo("NONE"))
                .body("wouldPropose", nullValue())
                .body("suppressed.stage", equalTo("policy")).body("suppressed.reason", equalTo("the region is at NONE already"));
    }

    @Test
    void threeDaysAbove200WouldBeProposedAsOrange() {
        WarningApi.asDuty("/api/warnings/evaluate", WarningApi.forecast(COUNTY, 260, 240, 230)).statusCode(200)
                .body("level", equalTo("ORANGE")).body("reasons[0].condition", equalTo("AQI > 200 for ≥ 48 h"))
                .body("cause", equalTo("PM2.5")).body("mandatory", equalTo(true))
                .body("wouldPropose.level", equalTo("ORANGE")).body("wouldPropose.kind", equalTo("ISSUE"))
                .body("suppressed", nullValue());
    }

    @Test
    void aForecastThatProposesNothingIsCountedByTheStageThatStoppedIt() {
        // the counter is not per region: this shows it moves with a suppressed forecast; the stage tests show why
        double before = suppressedAtPolicy();
        Infra.send(ForecastIngestor.TOPIC, COUNTY, WarningApi.forecast(COUNTY, 80, 70));
        await().atMost(Duration.ofSeconds(30)).until(DryRunTest::suppressedAtPolicy, n -> n > before);
    }

    private static double suppressedAtPolicy() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("aq_warning_proposals_suppressed_total{") && l.contains("stage=\"policy\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
