package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.TelemetryFeed;
import org.lantian.testing.WarningLifts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Compliance in headless Chromium: 古县 ({@value #COUNTY}, whose level no other test changes) is put on red from a day
 * ago; one listed enterprise ({@value #ENTERPRISE}, red: stop line-1) keeps drawing its normal 1000 kW. The county's
 * officer sees the finding in the findings panel and dismisses it with a reason from the card's form; then opens the
 * episode's list execution review and sees its chart and the enterprise's row. The warning is lifted afterwards.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingsBrowserTest {

    static final String COUNTY = "141025";
    static final String ENTERPRISE = "91141025MA0LD0216Q";
    static final OffsetDateTime E = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(24);

    @TestHTTPResource("/")
    URL base;

    private static WebDriver driver;
    private static String warning;
    private static String finding;
    private static int port;

    @BeforeAll
    static void chromium() {
        driver = Browser.openOrSkip();
    }

    @AfterAll
    static void close() {
        Browser.quit(driver);
        if (warning != null) {
            WarningLifts.lift(port, warning, "findings browser test done");
        }
    }

    @BeforeEach
    void port() {
        port = base.getPort();
    }

    @Test
    @Order(1)
    void aCountyOfficerDismissesAFindingWithAReasonFromItsCard() {
        warning = given().auth().preemptive().basic("duty", "duty").contentType("application/json")
                .body("""
                        {"regionCode": "%s", "level": "RED", "effectiveFrom": "%s", "reason": "古县红色预警（浏览器测试）"}"""
                        .formatted(COUNTY, TelemetryFeed.TIME.format(E)))
                .post("/api/warnings").then().statusCode(200).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> redOrder().isPresent());
        TelemetryFeed.history(ENTERPRISE, "line-1", E, 1000, 1000, 1000);
        // the stop ignored: 1000 kW in hours E+1h … E+6h; hours E+3h … E+6h are checked (grace PT2H)
        TelemetryFeed.hours(ENTERPRISE, "line-1", E, 1, 6, 1000);
        finding = await().atMost(Duration.ofSeconds(60)).until(FindingsBrowserTest::stopFinding, Optional::isPresent).orElseThrow();

        Browser.signIn(driver, base.toString(), "county-" + COUNTY, "county");
        String card = "article[id='finding-" + finding + "']";
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector(card + " form.decide")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(card)).getText()).contains("STOP").contains("line-1").contains("4");
        Browser.act(driver, card + " select[name=decision]", e -> new Select(e).selectByValue("DISMISSED"));
        Browser.act(driver, card + " input[name=reason]", e -> e.sendKeys("停产检修期间保温用电"));
        Browser.screenshot(driver, "findings-1-decide");
        Browser.act(driver, card + " form.decide button[type=submit]", WebElement::click);
        String decision = Browser.waiting(driver).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(card + " .decision"));
            return shown.isEmpty() ? null : shown.get(0).getText();
        });
        assertThat(decision).contains("停产检修期间保温用电").contains("county-" + COUNTY);
        Browser.screenshot(driver, "findings-2-dismissed");
        Map<String, Object> stored = given().auth().preemptive().basic("duty", "duty").queryParam("enterpriseId", ENTERPRISE)
                .get("/api/compliance/findings").then().statusCode(200).extract().path("find { it.findingId == '" + finding + "' }");
        assertThat(stored).containsEntry("decision", "DISMISSED").containsEntry("decidedBy", "county-" + COUNTY);
    }

    @Test
    @Order(2)
    void thenTheEpisodesReviewShowsItsChartAndTheEnterprise() {
        Assumptions.assumeTrue(finding != null, "needs the first step");
        driver.get(base + "console/warnings/" + warning + "/review");
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("svg")).isEmpty());
        assertThat(driver.getPageSource()).contains(ENTERPRISE);
        Browser.screenshot(driver, "findings-3-review");
    }

    private static Optional<String> redOrder() {
        List<Map<String, Object>> orders = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .queryParam("kind", "INDUSTRIAL").get("/api/directives").then().statusCode(200).extract().path("$");
        return orders.stream().filter(o -> ENTERPRISE.equals(o.get("subject")) && "RED".equals(o.get("level")))
                .map(o -> (String) o.get("directiveId")).findFirst();
    }

    private static Optional<String> stopFinding() {
        List<Map<String, Object>> found = given().auth().preemptive().basic("duty", "duty").queryParam("enterpriseId", ENTERPRISE)
                .get("/api/compliance/findings").then().statusCode(200).extract().path("$");
        return found.stream().filter(f -> "STOP".equals(f.get("rule")) && ((Number) f.get("violatingHours")).intValue() == 4)
                .map(f -> (String) f.get("findingId")).findFirst();
    }
}
