package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.WarningLifts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reduction-list panel in headless Chromium: a duty officer imports a CSV with one bad row and sees that row's
 * error in the page (nothing imported), then imports the list as it was and sees the new active version. The list
 * ends as it began (the same content, one version on); if anything goes wrong the original is imported again. Then a
 * county officer of 乡宁 ({@value #COUNTY}, whose level no other test changes) raises the county's level from the home
 * page's form; the warning is lifted afterwards.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReductionListBrowserTest {

    private static final int BAD_ROW = 5;
    static final String COUNTY = "141029";

    @TestHTTPResource("/")
    URL base;

    private static WebDriver driver;
    private static String original;
    private static boolean restore;
    private static String raised;
    private static int port;

    @BeforeAll
    static void chromium() {
        driver = Browser.openOrSkip();
    }

    @AfterAll
    static void close() {
        Browser.quit(driver);
        if (raised != null) {
            WarningLifts.lift(port, raised, "list browser test done");
        }
        if (restore && original != null) {
            given().port(port).auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(original)
                    .post("/api/reduction-list").then().statusCode(200);
        }
    }

    private static Path file(String name, String csv) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "list-upload").toAbsolutePath());
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    private static void show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    @BeforeEach
    void port() {
        port = base.getPort();
    }

    private void upload(Path csv) {
        Browser.act(driver, "#list-import input[type=file]", e -> e.sendKeys(csv.toString()));
        Browser.act(driver, "#list-import button.import", WebElement::click);
    }

    @Test
    @Order(1)
    void aDutyOfficerImportingAFileWithABadRowSeesThatRowsErrorAndNothingIsImported() throws Exception {
        original = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list").then()
                .statusCode(200).extract().asString();
        int before = given().get("/api/public/reduction-list").then().statusCode(200).extract().path("version");
        List<String> lines = original.lines().toList();
        String line = lines.get(BAD_ROW - 1);
        String token = List.of(",YELLOW,", ",ORANGE,", ",RED,").stream().filter(line::contains).findFirst().orElseThrow();
        String bad = lines.stream().map(l -> l == line ? l.replaceFirst(token, ",PURPLE,") : l)
                .collect(Collectors.joining("\n", "", "\n"));

        Browser.signIn(driver, base.toString(), "duty", "duty");
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#list-import input[type=file]")).isEmpty());
        upload(file("bad-row.csv", bad));
        List<String> cells = Browser.waiting(driver).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#list-import .import-errors tbody tr"));
            return rows.isEmpty() ? null : rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        });
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0)).isEqualTo(String.valueOf(BAD_ROW));
        assertThat(cells.get(1)).isEqualTo("level");
        assertThat(cells.get(2)).contains("PURPLE");
        assertThat(driver.findElements(By.cssSelector("#list-import .import-errors tbody tr"))).as("only the bad row").hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#list-import .import-errors .form-error")).getText()).contains("1");
        show("list-import");
        Browser.screenshot(driver, "list-1-bad-row");
        assertThat(given().get("/api/public/reduction-list").then().extract().<Integer>path("version"))
                .as("nothing imported").isEqualTo(before);
    }

    @Test
    @Order(2)
    void thenAGoodFileIsImportedAndItsVersionShownAndMarkedActive() throws Exception {
        Assumptions.assumeTrue(original != null, "needs the first step");
        int before = given().get("/api/public/reduction-list").then().statusCode(200).extract().path("version");
        restore = true;
        upload(file("good.csv", original));
        String shown = Browser.waiting(driver).until(d -> {
            List<WebElement> ok = d.findElements(By.cssSelector("#list-import .import-ok"));
            return ok.isEmpty() || !ok.get(0).isDisplayed() ? null : ok.get(0).getText();
        });
        restore = false;
        int after = given().get("/api/public/reduction-list").then().statusCode(200).extract().path("version");
        assertThat(after).isGreaterThan(before);
        assertThat(shown).contains(" " + after + " ");
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#list-version-" + after + ".active")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#list-import .import-errors tbody tr"))).isEmpty();
        assertThat(given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list").then()
                .extract().asString()).as("the list as it was").isEqualTo(original);
        show("list-import");
        Browser.screenshot(driver, "list-2-imported");
    }

    @Test
    @Order(3)
    void aCountyOfficerRaisesTheirCountysLevelFromTheHomePage() {
        Browser.signIn(driver, base.toString(), "county-" + COUNTY, "county");
        String card = "#warnings-panel article.warning[data-region='" + COUNTY + "']";
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#warnings-panel h2")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(card))).as("no warning in " + COUNTY + " before").isEmpty();
        assertThat(driver.findElement(By.cssSelector("#raise-form input[name=regionCode]")).getDomAttribute("value"))
                .isEqualTo(COUNTY);
        Browser.act(driver, "#raise-form select[name=level]",
                e -> new org.openqa.selenium.support.ui.Select(e).selectByValue("YELLOW"));
        Browser.act(driver, "#raise-form textarea[name=reason]", e -> e.sendKeys("乡宁县会商：本县提级"));
        Browser.act(driver, "#raise-form button.raise", WebElement::click);
        List<String> warning = Browser.attributes(driver, card, "id", "data-level");
        raised = warning.get(0).substring("warning-".length());
        assertThat(warning.get(1)).isEqualTo("YELLOW");
        given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + raised).then().statusCode(200)
                .body("warning.issuedBy", org.hamcrest.Matchers.equalTo("county-" + COUNTY))
                .body("warning.regionCode", org.hamcrest.Matchers.equalTo(COUNTY))
                .body("warning.reason", org.hamcrest.Matchers.equalTo("乡宁县会商：本县提级"));
        assertThat(driver.findElement(By.cssSelector("#raise-form .form-error")).getText()).isEmpty();
        show("raise-panel");
        Browser.screenshot(driver, "list-3-county-raise");
    }
}
