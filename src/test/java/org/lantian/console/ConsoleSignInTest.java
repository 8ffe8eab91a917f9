package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The console's sign-in form and what each demo account's home page holds, over plain HTTP. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ConsoleSignInTest {

    private static String session(String user, String password) {
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).as("on to the console").endsWith("/");
        return answer.getCookie("quarkus-credential");
    }

    @Test
    void aVisitorIsSentToTheSignInForm() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/signin"));
        given().get("/signin").then().statusCode(200).body(containsString("j_security_check"))
                .body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormSayingSo() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "duty").formParam("j_password", "wrong").post("/j_security_check").then()
                .statusCode(302).header("Location", endsWith("/signin?failed=true"));
    }

    @Test
    void theDutyOfficersHomeHoldsTheOfficersPanelsAndNoEnterprisePanel() {
        String cookie = session("duty", "duty");
        given().cookie("quarkus-credential", cookie).get("/").then().statusCode(200)
                .body(containsString("id=\"regions-panel\"")).body(containsString("id=\"proposals-panel\""))
                .body(containsString("id=\"warnings-panel\"")).body(not(containsString("id=\"my-orders-panel\"")));
    }

    @Test
    void theGridShowsTheCityAndItsSeventeenCounties() {
        String cookie = session("consult", "consult");
        String grid = given().cookie("quarkus-credential", cookie).get("/console/regions").then().statusCode(200).extract()
                .asString();
        assertThat(grid.split("id=\"tile-").length - 1).isEqualTo(18);
        assertThat(grid).contains("id=\"tile-141000\"").contains("id=\"tile-141082\"");
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnPanelAndIsRefusedTheOfficersFragments() {
        String enterprise = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", "141024")
                .get("/api/enterprises").then().statusCode(200).extract().path("[0].enterpriseId");
        String cookie = session(enterprise, "enterprise");
        given().cookie("quarkus-credential", cookie).get("/").then().statusCode(200)
                .body(containsString("id=\"my-orders-panel\"")).body(not(containsString("id=\"regions-panel\"")));
        given().cookie("quarkus-credential", cookie).get("/console/regions").then().statusCode(403);
        given().cookie("quarkus-credential", cookie).get("/console/proposals").then().statusCode(403);
    }

    @Test
    void theEnglishSwitchChangesTheWords() {
        String cookie = session("duty", "duty");
        given().cookie("quarkus-credential", cookie).cookie("lantian-lang", "en").get("/console/warnings").then()
                .statusCode(200).body(containsString("Active warnings"));
        given().cookie("quarkus-credential", cookie).get("/console/warnings").then().statusCode(200)
                .body(containsString("生效中的预警"));
    }
}
