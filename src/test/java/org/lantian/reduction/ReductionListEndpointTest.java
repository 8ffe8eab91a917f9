package org.lantian.reduction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.reduction.list.ReductionListCsv;
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
        given().auth().preemptive().basic("duty", "duty").contentType("text/csv; charset=UTF-8")
                .body(Files.readString(Path.of("src/test/resources/reduction/three-bad-rows.csv")))
                .post("/api/reduction-list").then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors[0].row", equalTo(11)).body("errors[0].column", equalTo("limit_percent"))
                .body("errors[2].column", equalTo("county_code"));
        given().auth().preemptive().basic("duty", "duty").get("/api/enterprises").then().body("size()", equalTo(before));
        // an enterprise may not import at all
        given().auth().preemptive().basic("91141002MA0LDEM01Y", "enterprise").contentType("text/csv; charset=UTF-8").body("x")
                .post("/api/reduction-list").then().statusCode(403);
    }

    @Test
    void aValidFileBecomesTheActiveVersionAndExportsAsCsv() throws Exception {
        String demo = new String(getClass().getResourceAsStream("/reduction/linfen-demo-list.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("docs/reduction-list-example.csv"));
        try {
            given().auth().preemptive().basic("duty", "duty").contentType("text/csv; charset=UTF-8").body(example)
                    .post("/api/reduction-list").then().statusCode(200).body("enterprises", equalTo(5));
            String exported = given().auth().preemptive().basic("consult", "consult").accept("text/csv").get("/api/reduction-list")
                    .then().statusCode(200).extract().asString();
            // the export is the imported list, every enterprise and measure
            assertThat(ReductionListCsv.parse(exported).reductionList())
                    .isEqualTo(ReductionListCsv.parse(example).reductionList()).isPresent();
            given().auth().preemptive().basic("consult", "consult").get("/api/reduction-list").then()
                    .statusCode(200).body("enterpriseCount", equalTo(5));
        } finally {
            // the rest of the suite works with the demo list
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(demo)
                    .post("/api/reduction-list").then().statusCode(200).body("enterprises", greaterThan(300));
        }
    }

    @Test
    void aGbkFileSentAsUtf8IsRefusedNamingWhereNotSilentlyGarbled() throws Exception {
        byte[] gbk = Files.readString(Path.of("docs/reduction-list-example.csv")).getBytes(java.nio.charset.Charset.forName("GBK"));
        int firstNonAscii = 0;
        while (gbk[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        int line = 1;
        for (int i = 0; i < firstNonAscii; i++) {
            line += gbk[i] == '\n' ? 1 : 0;
        }
        int active = given().auth().preemptive().basic("duty", "duty").get("/api/reduction-list").then().extract().path("enterpriseCount");
        given().auth().preemptive().basic("duty", "duty").contentType("text/csv; charset=UTF-8").body(gbk).post("/api/reduction-list").then()
                .statusCode(400).body("field", equalTo("Content-Type"))
                .body("error", containsString("not valid UTF-8 at byte " + firstNonAscii + " (line " + line + ")"));
        given().auth().preemptive().basic("duty", "duty").get("/api/reduction-list").then().body("enterpriseCount", equalTo(active));
    }

    @Test
    void aGbkFileSaidToBeGb18030IsImportedWithItsChineseNames() throws Exception {
        String demo = new String(getClass().getResourceAsStream("/reduction/linfen-demo-list.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("docs/reduction-list-example.csv"));
        try {
            given().auth().preemptive().basic("duty", "duty").contentType("text/csv; charset=GB18030")
                    .body(example.getBytes(java.nio.charset.Charset.forName("GBK"))).post("/api/reduction-list").then()
                    .statusCode(200).body("enterprises", equalTo(5));
            List<String> names = given().auth().preemptive().basic("duty", "duty").get("/api/reduction-list").then()
                    .statusCode(200).extract().path("enterprises.name");
            assertThat(names).containsExactlyInAnyOrderElementsOf(ReductionListCsv.parse(example).reductionList().orElseThrow()
                    .plans().stream().map(p -> p.enterprise().name()).toList());
        } finally {
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(demo)
                    .post("/api/reduction-list").then().statusCode(200);
        }
    }

    @Test
    void aCountyOfficerExportsTheirCountysEnterprisesOnly() {
        int inCounty = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", "141024").get("/api/enterprises")
                .then().statusCode(200).extract().path("size()");
        List<String> counties = given().auth().preemptive().basic("county-141024", "county").get("/api/reduction-list")
                .then().statusCode(200).extract().path("enterprises.regionCode");
        assertThat(counties).hasSize(inCounty).containsOnly("141024");
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
