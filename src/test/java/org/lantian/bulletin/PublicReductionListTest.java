package org.lantian.bulletin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An administrator marks an enterprise's name, grade and measure descriptions confidential (the optional
 * {@code confidential} CSV column); the public list and page leave them out, the signed-in list keeps them, and the
 * export writes the marks back. The active list is put back as it was afterwards. Uses 隰县 (141031).
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class PublicReductionListTest {

    static final String COUNTY = "141031";

    @Test
    void confidentialFieldsAreLeftOutOfThePublicListOnly() {
        String original = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list")
                .then().statusCode(200).extract().asString();
        Map<String, Object> target = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().path("[0]");
        String code = (String) target.get("enterpriseId");
        String name = (String) target.get("name");
        String grade = (String) target.get("grade");
        int enterprises = given().get("/api/public/reduction-list").then().statusCode(200).extract().path("enterpriseCount");
        try {
            String marked = original.lines().map(line -> line.startsWith("credit_code,") ? line + ",confidential"
                    : line.startsWith(code + ",") ? line + ",name;grade;description" : line + ",")
                    .collect(Collectors.joining("\n", "", "\n"));
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(marked)
                    .post("/api/reduction-list").then().statusCode(200);

            String body = given().get("/api/public/reduction-list").then().statusCode(200).extract().asString();
            JsonPath json = new JsonPath(body);
            assertThat(json.getInt("enterpriseCount")).isEqualTo(enterprises);
            List<Map<String, Object>> withheld = json.getList("enterprises.findAll { it.withheld.size() > 0 }");
            assertThat(withheld).hasSize(1);
            Map<String, Object> e = withheld.get(0);
            assertThat(e).doesNotContainKeys("name", "grade", "enterpriseId").containsEntry("regionCode", COUNTY)
                    .containsKeys("industry", "measures");
            assertThat(e.get("withheld")).isEqualTo(List.of("description", "grade", "name"));
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> measures = (Map<String, List<Map<String, Object>>>) e.get("measures");
            assertThat(measures.values().stream().flatMap(List::stream).toList()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m).doesNotContainKey("description").containsKey("action"));
            assertThat(body).doesNotContain(name).doesNotContain(code);
            assertThat(json.getList("enterprises.findAll { it.regionCode == '" + COUNTY + "' && it.name != null }")).isNotEmpty();
            assertThat(given().queryParam("county", COUNTY).get("/public/reduction-list").then().statusCode(200).extract().asString())
                    .doesNotContain(name);

            // signed in, the list is whole; the export writes the marks (sorted) on the enterprise's rows only
            given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY).get("/api/enterprises").then()
                    .body("find { it.enterpriseId == '" + code + "' }.name", equalTo(name))
                    .body("find { it.enterpriseId == '" + code + "' }.grade", equalTo(grade));
            String exported = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list")
                    .then().statusCode(200).extract().asString();
            assertThat(exported.lines().findFirst().orElseThrow()).endsWith(",description,confidential");
            assertThat(exported.lines().filter(l -> l.startsWith(code + ","))).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).endsWith(",description;grade;name"));
            assertThat(exported.lines().skip(1).filter(l -> !l.startsWith(code + ","))).allSatisfy(l -> assertThat(l).endsWith(","));
        } finally {
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(original)
                    .post("/api/reduction-list").then().statusCode(200);
        }
        assertThat(given().get("/api/public/reduction-list").then().extract().jsonPath()
                .getList("enterprises.findAll { it.withheld.size() > 0 }")).isEmpty();
    }

    /** The optional permit columns are published (排污许可 is public) and exported back; other enterprises have no permit. */
    @Test
    void permitsArePublished() {
        String original = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list")
                .then().statusCode(200).extract().asString();
        String code = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().path("[0].enterpriseId");
        String name = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().path("[0].name");
        String columns = ",permit_so2_mg_m3,permit_nox_mg_m3,permit_pm_mg_m3,denitration";
        try {
            String permitted = original.lines().map(line -> line.startsWith("credit_code,") ? line + columns
                    : line.startsWith(code + ",") ? line + ",35,100,10,scr" : line + ",,,,")
                    .collect(Collectors.joining("\n", "", "\n"));
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(permitted)
                    .post("/api/reduction-list").then().statusCode(200);

            JsonPath json = given().get("/api/public/reduction-list").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> withPermit = json.getList("enterprises.findAll { it.permit != null }");
            assertThat(withPermit).singleElement().satisfies(e -> {
                assertThat(e).containsEntry("name", name).containsEntry("regionCode", COUNTY);
                assertThat(e.get("permit")).isEqualTo(Map.of("so2MgM3", 35.0f, "noxMgM3", 100.0f, "pmMgM3", 10.0f, "denitration", "SCR"));
            });
            String exported = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list")
                    .then().statusCode(200).extract().asString();
            assertThat(exported.lines().findFirst().orElseThrow()).endsWith(",description" + columns);
            assertThat(exported.lines().filter(l -> l.startsWith(code + ","))).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).endsWith(",35,100,10,SCR"));
        } finally {
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(original)
                    .post("/api/reduction-list").then().statusCode(200);
        }
        assertThat(given().get("/api/public/reduction-list").then().extract().jsonPath()
                .getList("enterprises.findAll { it.permit != null }")).isEmpty();
    }
}
