package org.lantian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantian.testing.EpisodeInstallation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The demo episode's page in headless Chromium: the administrator is told off for a speed of 0, starts the test
 * profile's short episode (demo/episode-short.json: two days, 48 hours) at speed 8 with seed 9, watches it run and
 * advance, and stops it.
 */
@QuarkusTest
@TestProfile(EpisodeInstallation.class) // a replay runs the business clock ahead: an installation of its own
class EpisodeBrowserTest {

    /** demo/episode-short.json: two phases of 24 hours. */
    static final int HOURS = 48;

    @TestHTTPResource("/")
    URL base;

    private static WebDriver driver;

    @BeforeAll
    static void chromium() {
        driver = Browser.openOrSkip();
    }

    @AfterAll
    static void close() {
        Browser.quit(driver);
    }

    @Test
    void theAdministratorStartsFollowsAndStopsTheEpisode() throws Exception {
        // EpisodeReplayTest (and the authorization matrix) start episodes too: one at a time
        EpisodePanelTest.awaitIdle();
        try {
            Browser.signIn(driver, base.toString(), "admin", "admin");
            Browser.act(driver, "#episode-link", WebElement::click);
            Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#episode-start")).isEmpty());

            type("#episode-start input[name=speed]", "0");
            Browser.act(driver, "#episode-start button[type=submit]", WebElement::click);
            String refused = Browser.waiting(driver).until(d -> {
                String text = d.findElement(By.cssSelector("#episode-start .form-error")).getText();
                return text.isEmpty() ? null : text;
            });
            assertThat(refused).contains("speed").contains("was 0");

            type("#episode-start input[name=speed]", "8");
            type("#episode-start input[name=seed]", "9");
            Browser.screenshot(driver, "episode-1-start");
            Browser.act(driver, "#episode-start button[type=submit]", WebElement::click);
            Browser.waiting(driver).until(d -> "RUNNING".equals(state(d)));
            // the form's values reached the replay
            EpisodePanelTest.as("admin", "admin").get(EpisodePanelTest.API).then().statusCode(200)
                    .body("seed", org.hamcrest.Matchers.equalTo(9)).body("speed", org.hamcrest.Matchers.equalTo(8.0f))
                    // the auto-decide box, unticked as configured, went as false
                    .body("autoDecide", org.hamcrest.Matchers.equalTo(false));
            int first = hour(driver);
            assertThat(Browser.attributes(driver, "#episode-hours", "max")).containsExactly(String.valueOf(HOURS));
            // the panel follows the replay by itself: the hour moves on without anyone reloading
            Browser.waiting(driver).until(d -> "RUNNING".equals(state(d)) && hour(d) > first);
            Browser.screenshot(driver, "episode-2-running");

            Browser.act(driver, "#episode-stop button[type=submit]", WebElement::click);
            Browser.waiting(driver).until(d -> "STOPPED".equals(state(d)));
            assertThat(driver.findElements(By.cssSelector("#episode-stop"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#episode-start"))).hasSize(1);
            Browser.screenshot(driver, "episode-3-stopped");
        } finally {
            // never leave a replay running for the next test class (404: it had ended)
            EpisodePanelTest.as("admin", "admin").delete(EpisodePanelTest.API);
        }
    }

    private static JsonPath progress() {
        return EpisodePanelTest.as("admin", "admin").get(EpisodePanelTest.API).then().statusCode(200).extract().jsonPath();
    }

    private static void type(String css, String value) {
        Browser.act(driver, css, e -> {
            e.clear();
            e.sendKeys(value);
        });
    }

    private static String state(WebDriver d) {
        var found = d.findElements(By.cssSelector("#episode-state"));
        return found.isEmpty() ? null : found.get(0).getDomAttribute("data-state");
    }

    private static int hour(WebDriver d) {
        return Integer.parseInt(Browser.attributes(d, "#episode-hours", "value").get(0));
    }
}
