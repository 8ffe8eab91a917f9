package org.lantian.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The contract's demo accounts over HTTP Basic: who gets in, who does not. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class DemoSignInTest {

    @Test
    void signedInUsersSeeTheRegions() {
        given().auth().preemptive().basic("duty", "duty").get("/api/regions").then()
                .statusCode(200).body("$", hasSize(18)).body("code", hasItem("141024"));
        given().auth().preemptive().basic("consult", "consult").get("/api/regions").then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin").get("/api/regions").then().statusCode(200);
        given().auth().preemptive().basic("county-141024", "county").get("/api/regions").then().statusCode(200);
        given().auth().preemptive().basic("91141002MA0LDEM01Y", "enterprise").get("/api/regions").then().statusCode(200);
    }

    @Test
    void strangersAndWrongPasswordsDoNot() {
        given().get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("duty", "wrong").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("county-141000", "county").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("county-999999", "county").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("91141002MA0LDEM991", "enterprise").get("/api/regions").then().statusCode(401);
    }

    @Test
    void everyRefusedSignInIsCounted() {
        double before = failures();
        given().auth().preemptive().basic("admin", "admiN").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("admin", "admin-and-more").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("nobody", "duty").get("/api/regions").then().statusCode(401);
        given().auth().preemptive().basic("duty", "duty").get("/api/regions").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(failures() - before).isEqualTo(3.0);
    }

    private static double failures() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("aq_platform_security_signin_failures_total "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    @Test
    void theSignInHealthCheckWarnsWhileTheDemoAccountsAreOn() {
        // dev mode and tests have them on; the check stays UP (it is no reason to take an instance out of service)
        given().get("/q/health").then().statusCode(200)
                .body("checks.find { it.name == 'sign-in' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'sign-in' }.data.demo-accounts", org.hamcrest.Matchers.equalTo("on"))
                .body("checks.find { it.name == 'sign-in' }.data.oidc", org.hamcrest.Matchers.equalTo("off"))
                .body("checks.find { it.name == 'sign-in' }.data.warning", org.hamcrest.Matchers.containsString("Demo accounts are ON"));
    }

    @Test
    void theSignInPageAsksForTheDemoAccountThenGoesOnToTheConsole() {
        // a browser without credentials is sent to the sign-in form (an API caller would get 401)
        given().redirects().follow(false).get("/login").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/signin"));
        given().redirects().follow(false).auth().preemptive().basic("duty", "duty").get("/login").then().statusCode(302)
                .header("Location", "/");
    }

    @Test
    void unknownRegionIs404() {
        given().auth().preemptive().basic("duty", "duty").get("/api/regions/999999/aqi").then().statusCode(404);
    }
}
