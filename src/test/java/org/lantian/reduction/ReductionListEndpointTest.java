package org.lantian.reduction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The list over HTTP: a bad file is refused row by row and changes nothing; a good one becomes the active version. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ReductionListEndpointTest {

    @Test
    void badRowsAreReportedAndNothingIsImported() throws Exception {
        int before = given().auth().preemptive().basic("duty", "duty").get("/api/enterprises").then().statusCode(200)
                .extract().path("size()");
        given().auth().preemptive().basic("duty", "duty").contentType("text/csv")
                .body(Files.readString(Path.of("src/test/resources/reduction/three-bad-rows.csv")))
                .post("/api/reduction-list").then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors[0].row", equalTo(11)).body("errors[0].column", equalTo("limit_percent"))
                .body("errors[2].column", equalTo("county_code"));
        given().auth().preemptive().basic("duty", "duty").get("/api/enterprises").then().body("size()", equalTo(before));
        // an enterprise may not import at all
        given().auth().preemptive().basic("91141002MA0LDEM01Y", "enterprise").contentType("text/csv").body("x")
                .post("/api/reduction-list").then().statusCode(403);
    }

    @Test
    void aValidFileBecomesTheActiveVersionAndExportsAsCsv() throws Exception {
        String demo = new String(getClass().getResourceAsStream("/reduction/linfen-demo-list.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        try {
            given().auth().preemptive().basic("duty", "duty").contentType("text/csv")
                    .body(Files.readString(Path.of("docs/reduction-list-example.csv")))
                    .post("/api/reduction-list").then().statusCode(200).body("enterprises", equalTo(5));
            given().auth().preemptive().basic("consult", "consult").accept("text/csv").get("/api/reduction-list").then()
                    .statusCode(200).body(containsString("credit_code"));
            given().auth().preemptive().basic("consult", "consult").get("/api/reduction-list").then()
                    .statusCode(200).body("enterpriseCount", equalTo(5));
        } finally {
            // the rest of the suite works with the demo list
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv").body(demo)
                    .post("/api/reduction-list").then().statusCode(200).body("enterprises", greaterThan(300));
        }
    }

    @Test
    void adequacyOfTheDemoListForTheCity() {
        given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", "141000").queryParam("level", "YELLOW")
                .get("/api/reduction-list/adequacy").then().statusCode(200)
                .body("meets", equalTo(true)).body("requiredPercent", equalTo(10)).body("pollutants", hasSize(4));
        given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", "141000").queryParam("level", "PURPLE")
                .get("/api/reduction-list/adequacy").then().statusCode(400).body("field", equalTo("level"));
    }
}
