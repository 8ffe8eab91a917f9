package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantian.monitoring.ForecastIngestor;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.WarningLifts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console in headless Chromium, one user after another on one episode of county {@value #COUNTY} (used by no
 * other test): the duty officer sees a proposal arrive live and issues the warning from it; the enterprise sees its
 * order with its measures and acknowledges it; a county officer of another county does not see that enterprise.
 * Screenshots go to target/screenshots.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final String COUNTY = "141027";
    private static final String OTHER_COUNTY_OFFICER = "county-141024";

    @TestHTTPResource("/")
    URL base;

    private static WebDriver driver;
    private static int port;
    private static String warningId;
    private static String enterpriseId;
    private static String orderId;

    @BeforeAll
    static void chromium() {
        driver = Browser.openOrSkip();
    }

    @AfterAll
    static void closeAndLift() {
        Browser.quit(driver);
        if (warningId != null) {
            WarningLifts.lift(port, warningId, "console browser test done");
        }
    }

    @Test
    @Order(1)
    void aDutyOfficerSeesAProposalArriveLiveAndIssuesTheWarningFromItWithAReason() {
        port = base.getPort();
        Browser.signIn(driver, base.toString(), "duty", "duty");
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#tile-" + COUNTY)).isEmpty());
        String proposals = "#proposals-panel article.proposal[data-region='" + COUNTY + "']";
        assertThat(driver.findElements(By.cssSelector(proposals))).as("no proposal before the forecast").isEmpty();

        // a heavy-pollution forecast for the county arrives on Kafka while the page is open: no reload from here on
        Infra.send(ForecastIngestor.TOPIC, COUNTY, forecast(COUNTY, 260, 240, 230));
        List<String> proposal = Browser.attributes(driver, proposals, "id", "data-level");
        String card = "#" + proposal.get(0);
        String level = proposal.get(1);
        assertThat(level).isIn("BLUE", "YELLOW", "ORANGE", "RED");
        Browser.screenshot(driver, "1-duty-officer-proposal");

        Browser.act(driver, card + " textarea[name=reason]", e -> e.sendKeys("会商研判：浮山县未来三天重污染，启动预警"));
        Browser.act(driver, card + " button.issue", WebElement::click);
        String warningCard = "#warnings-panel article.warning[data-region='" + COUNTY + "']";
        List<String> issued = Browser.attributes(driver, warningCard, "id", "data-level");
        assertThat(issued.get(1)).isEqualTo(level);
        warningId = issued.get(0).substring("warning-".length());
        Browser.screenshot(driver, "2-duty-officer-issued");

        // what the browser did is what the system recorded: the signed-in officer, the reason typed, the proposal used
        given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warningId).then().statusCode(200)
                .body("warning.issuedBy", org.hamcrest.Matchers.equalTo("duty"))
                .body("warning.reason", org.hamcrest.Matchers.equalTo("会商研判：浮山县未来三天重污染，启动预警"))
                .body("warning.level", org.hamcrest.Matchers.equalTo(level));
    }

    @Test
    @Order(2)
    void theEnterpriseSeesItsOrderWithItsMeasuresAndAcknowledgesIt() {
        Assumptions.assumeTrue(warningId != null, "needs the warning of the first step");
        List<String> orders = Browser.waiting(driver).until(d -> {
            List<String> ids = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warningId)
                    .queryParam("kind", "INDUSTRIAL").get("/api/directives").then().statusCode(200).extract().path("subject");
            return ids.isEmpty() ? null : ids;
        });
        enterpriseId = orders.get(0);
        orderId = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warningId)
                .queryParam("kind", "INDUSTRIAL").get("/api/directives").then().extract()
                .path("find { it.subject == '" + enterpriseId + "' }.directiveId");

        Browser.signIn(driver, base.toString(), enterpriseId, "enterprise");
        String card = "article[id='order-" + orderId + "']";
        assertThat(Browser.attributes(driver, card, "data-state")).containsExactly("PENDING");
        assertThat(driver.findElements(By.cssSelector(card + " table.measures td"))).as("its measures are shown").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#my-orders-panel article.order")))
                .as("its own orders only").allSatisfy(o -> assertThat(o.getDomAttribute("id")).contains(enterpriseId));
        Browser.screenshot(driver, "3-enterprise-order");

        Browser.act(driver, card + " button.ack", WebElement::click);
        Browser.waiting(driver).until(d -> "ACKNOWLEDGED".equals(d.findElement(By.cssSelector(card)).getDomAttribute("data-state")));
        given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warningId).get("/api/directives").then()
                .body("find { it.directiveId == '" + orderId + "' }.ackedBy", org.hamcrest.Matchers.equalTo(enterpriseId));
        Browser.screenshot(driver, "4-enterprise-acknowledged");
    }

    @Test
    @Order(3)
    void aCountyOfficerOfAnotherCountyDoesNotSeeThatEnterprise() {
        Assumptions.assumeTrue(enterpriseId != null, "needs the order of the second step");
        Browser.signIn(driver, base.toString(), OTHER_COUNTY_OFFICER, "county");
        String warningCard = "#warnings-panel article.warning[data-region='" + COUNTY + "']";
        Browser.attributes(driver, warningCard, "id");
        // city-wide levels are everyone's; the orders of another county are not
        Browser.act(driver, warningCard + " p.counts button.orders", WebElement::click);
        String orders = "#orders-" + warningId;
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector(orders + " .empty, " + orders + " article")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(orders + " article"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(enterpriseId);
        assertThat(driver.findElements(By.cssSelector(warningCard + " form.api-form"))).as("no action on another county's warning").isEmpty();
        Browser.screenshot(driver, "5-other-county-officer");
    }

    @Test
    @Order(4)
    void theConsultationMemberSeesTheDecisionAndTheAcknowledgementInTheEventLogAndTheTimeline() {
        Assumptions.assumeTrue(orderId != null, "needs the acknowledged order of the second step");
        Browser.signIn(driver, base.toString(), "consult", "consult");
        // the event log, filtered to the warning: its issue by the officer and the enterprise's acknowledgement
        Browser.act(driver, "#event-filter input[name=warningId]", e -> e.sendKeys(warningId));
        Browser.act(driver, "#event-search", WebElement::click);
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#event-rows tr.event[data-type='ISSUED']")).isEmpty()
                && !d.findElements(By.cssSelector("#event-rows tr.event[data-type='DIRECTIVE_ACKNOWLEDGED']")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#event-rows tr.event")))
                .as("only the warning's events").allSatisfy(row -> assertThat(row.getText()).contains(warningId));
        String ackRow = driver.findElement(By.cssSelector("#event-rows tr.event[data-type='DIRECTIVE_ACKNOWLEDGED']")).getText();
        assertThat(ackRow).contains(enterpriseId);

        // the timeline: the AQI chart marks the decision, the orders chart counts the acknowledgement
        String warningCard = "#warnings-panel article.warning[data-region='" + COUNTY + "']";
        Browser.act(driver, warningCard + " p.counts button.timeline", WebElement::click);
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#timeline-panel svg.ack-chart")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#timeline-panel svg line.mark"))).as("decisions marked").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#timeline-panel tr.decision[data-type='ISSUED']"))).hasSize(1);
        String caption = driver.findElement(By.cssSelector("#timeline-panel .timeline-acks figcaption")).getText();
        int total = given().port(port).auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warningId + "/timeline")
                .then().statusCode(200).extract().path("directives.total");
        assertThat(caption).contains("(1 / " + total + ")");
        Browser.screenshot(driver, "6-consultation-timeline");
    }

    @Test
    @Order(5)
    void theThirtySixHourRuleRefusesALiftInPlainWordsUntilAnOverrideReasonIsGiven() {
        Assumptions.assumeTrue(warningId != null, "needs the warning of the first step");
        Browser.signIn(driver, base.toString(), "duty", "duty");
        String card = "#warnings-panel article.warning[id='warning-" + warningId + "']";
        String lift = card + " form[data-api$='/lift']";
        Browser.act(driver, card + " details summary", WebElement::click);
        Browser.act(driver, lift + " textarea[name=reason]", e -> e.sendKeys("污染减轻"));
        Browser.act(driver, lift + " button.lift", WebElement::click);
        String refusal = Browser.waiting(driver).until(d -> {
            String text = d.findElement(By.cssSelector(lift + " .form-error")).getText();
            return text.isBlank() ? null : text;
        });
        // the console's own words first, then the rule's reasons from the API; nothing changed
        assertThat(refusal).startsWith("按36小时规则").contains("overrideReason");
        given().port(port).auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warningId).then()
                .body("warning.status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        Browser.screenshot(driver, "7-duty-officer-36-hour-rule");

        Browser.act(driver, lift + " textarea[name=overrideReason]", e -> e.sendKeys("会商决定提前解除"));
        Browser.act(driver, lift + " button.lift", WebElement::click);
        Browser.waiting(driver).until(d -> d.findElements(By.cssSelector(card)).isEmpty());
        given().port(port).auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warningId).then()
                .body("warning.status", org.hamcrest.Matchers.equalTo("LIFTED"))
                .body("warning.liftedBy", org.hamcrest.Matchers.equalTo("duty"));
        warningId = null;
    }

    private static String forecast(String region, int... dailyAqi) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS);
        StringBuilder periods = new StringBuilder();
        for (int d = 0; d < dailyAqi.length; d++) {
            periods.append(d == 0 ? "" : ",").append("""
                    {"from": "%s", "to": "%s", "aqi": %d, "primaryPollutant": "PM2.5"}""".formatted(
                    iso.format(hour.plusHours(24L * d)), iso.format(hour.plusHours(24L * (d + 1))), dailyAqi[d]));
        }
        String issued = iso.format(OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
        return """
                {"regionCode": "%s", "issuedAt": "%s", "periods": [%s]}""".formatted(region, issued, periods);
    }
}
