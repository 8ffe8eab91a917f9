package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.demo.DemoSettings;
import org.lantian.demo.EpisodeReplay;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The demo episode's console page over plain HTTP: the administrator's alone, its start form and what it posts. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class EpisodePanelTest {

    static final String PAGE = "/console/episode";
    static final String PANEL = "/console/episode/progress";
    static final String API = "/api/admin/episode";

    @Inject
    @Location("console/episode-progress.html")
    Template panel;
    @Inject
    EpisodePanel episodePanel;
    @Inject
    EpisodeReplay replay;
    @Inject
    DemoSettings settings;

    @Test
    void theAdministratorGetsThePageAndItsPanelWithTheStartFormFilledWithTheConfiguredDefaults() {
        awaitIdle();
        as("admin", "admin").get(PAGE).then().statusCode(200).body(containsString("id=\"episode-panel\""))
                .body(containsString("hx-get=\"" + PANEL + "\""));
        // application.properties: lantian.demo.episode.speed=0.5, .seed=20260115 (the test profile keeps them)
        as("admin", "admin").get(PANEL).then().statusCode(200).body(containsString("id=\"episode-start\""))
                .body(containsString("name=\"speed\" type=\"number\" step=\"any\" value=\"0.5\""))
                .body(containsString("name=\"seed\" inputmode=\"numeric\" value=\"20260115\""))
                .body(containsString("data-api=\"" + API + "\""))
                .body(not(containsString("id=\"episode-stop\""))).body(not(containsString("id=\"episode-poll\"")))
                .body(not(containsString("id=\"episode-demo-only\"")));
    }

    @Test
    void everyoneButTheAdministratorIsRefused() {
        String enterprise = as("duty", "duty").queryParam("regionCode", "141024").get("/api/enterprises").then().statusCode(200)
                .extract().path("[0].enterpriseId");
        for (String[] who : new String[][] {{"duty", "duty"}, {"consult", "consult"}, {"county-141024", "county"},
                {enterprise, "enterprise"}}) {
            as(who[0], who[1]).get(PAGE).then().statusCode(403);
            as(who[0], who[1]).get(PANEL).then().statusCode(403);
        }
    }

    @Test
    void aVisitorIsSentToSignInAsOnEveryConsolePage() {
        given().redirects().follow(false).get(PAGE).then().statusCode(303).header("Location", endsWith("/signin"));
        // the panel is loaded by htmx: the whole page goes to the sign-in form
        given().redirects().follow(false).header("HX-Request", "true").get(PANEL).then().statusCode(401)
                .header("HX-Redirect", "/signin");
    }

    @Test
    void onlyTheAdministratorsHomeLinksToThePage() {
        as("admin", "admin").get("/").then().statusCode(200).body(containsString("href=\"/console/episode\" id=\"episode-link\""))
                .body(containsString("id=\"episode-hint\""));
        as("duty", "duty").get("/").then().statusCode(200).body(not(containsString(PAGE)));
    }

    @Test
    void theFormsTextValuesAreCheckedByTheApiWhichNamesTheFieldItRefuses() {
        // console.js posts the inputs as typed, as strings: the API reads them as exact numbers and checks them
        as("admin", "admin").contentType("application/json").body("{\"speed\": \"0\", \"seed\": \"9\"}").post(API).then()
                .statusCode(400).body("field", equalTo("speed")).body("error", containsString("speed"));
        as("admin", "admin").contentType("application/json").body("{\"speed\": \"8\", \"seed\": \"1.5\"}").post(API).then()
                .statusCode(400).body("field", equalTo("seed")).body("error", containsString("seed"));
    }

    @Test
    void withoutDemoAccountsThePanelSaysSoAndOffersNoStartForm() {
        var idle = episodePanel.view(replay.progress());
        String html = panel.data("p", idle).data("form", EpisodePanel.form(false, false, settings.episode())).render();
        assertThat(html).contains("id=\"episode-demo-only\"").doesNotContain("id=\"episode-start\"");
        String demo = panel.data("p", idle).data("form", EpisodePanel.form(true, false, settings.episode())).render();
        assertThat(demo).contains("id=\"episode-start\"").doesNotContain("id=\"episode-demo-only\"");
    }

    @Test
    void thePanelSpeaksBothLanguages() {
        awaitIdle();
        as("admin", "admin").get(PANEL).then().statusCode(200).body(containsString("演示时段回放"))
                .body(containsString(">启动</button>"));
        as("admin", "admin").cookie("lantian-lang", "en").get(PANEL).then().statusCode(200)
                .body(containsString("Demo episode replay")).body(containsString(">Start</button>"));
    }

    @Test
    void numbersAreWrittenAsAPersonWouldTypeThem() {
        assertThat(EpisodePanel.plain(0.5)).isEqualTo("0.5");
        assertThat(EpisodePanel.plain(8.0)).isEqualTo("8");
        assertThat(EpisodePanel.plain(3600)).isEqualTo("3600");
    }

    static void awaitIdle() {
        await().atMost(Duration.ofSeconds(120)).until(() -> as("admin", "admin").get(API).then().statusCode(200).extract()
                .<String>path("state"), s -> !"RUNNING".equals(s));
    }

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }
}
