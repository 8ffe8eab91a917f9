package org.lantian.testing;

import static io.restassured.RestAssured.given;

/** Lifting a test's warning at its end, as the duty officer, at whatever version it has reached. */
public final class WarningLifts {

    private WarningLifts() {
    }

    /** {@code port}: the application's, passed in because an {@code @AfterAll} runs after RestAssured's is reset. */
    public static void lift(int port, String warningId, String reason) {
        int version = given().port(port).auth().preemptive().basic("duty", "duty").get("/api/warnings/" + warningId).then()
                .statusCode(200).extract().path("warning.version");
        given().port(port).auth().preemptive().basic("duty", "duty").contentType("application/json")
                .body("""
                        {"version": %d, "reason": "%s", "overrideReason": "test clean-up"}""".formatted(version, reason))
                .post("/api/warnings/" + warningId + "/lift").then().statusCode(200);
    }
}
