package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The officers' reduction-list panel over plain HTTP: its 10/20/30 % numbers against sums worked out here from the
 * list itself, the versions with the active one marked, the import form for the duty officer only, a county officer
 * confined to their county (乡宁 141029), and the county officer's raise form. Changes nothing.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ReductionListPanelTest {

    static final String COUNTY = "141029";
    private static final String[] LEVELS = {"YELLOW", "ORANGE", "RED"};
    private static final Map<String, String> KEYS = Map.of("SO2", "so2", "NOX", "nox", "PM", "pm", "VOCS", "vocs");
    private static final Map<String, Integer> REQUIRED = Map.of("YELLOW", 10, "ORANGE", 20, "RED", 30);
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"adequacy-(\\d+)-([A-Z]+)\" data-region=\"\\d+\" data-level=\"[A-Z]+\" data-meets=\"(true|false)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile(
            "data-pollutant=\"([A-Z0-9]+)\" data-percent=\"([-0-9.E]+)\" data-shortfall=\"([-0-9.E]+)\"");

    private static String session(String user, String password) {
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.getCookie("quarkus-credential");
    }

    private static String panel(String cookie) {
        return given().cookie("quarkus-credential", cookie).get("/console/reduction-list").then().statusCode(200).extract()
                .asString();
    }

    /** region-level → (meets, pollutant → [percent, shortfall]) as the panel shows them. */
    private record Shown(boolean meets, Map<String, double[]> cells) {
    }

    private static Map<String, Shown> rows(String html) {
        Map<String, Shown> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            Map<String, double[]> cells = new LinkedHashMap<>();
            Matcher c = CELL.matcher(m.group(4));
            while (c.find()) {
                cells.put(c.group(1), new double[] {Double.parseDouble(c.group(2)), Double.parseDouble(c.group(3))});
            }
            rows.put(m.group(1) + "-" + m.group(2), new Shown(Boolean.parseBoolean(m.group(3)), cells));
        }
        return rows;
    }

    @Test
    void theDutyOfficerSeesEveryCountysCheckAsTheListAddsUpAndTheImportForm() {
        String html = panel(session("duty", "duty"));
        Map<String, Shown> rows = rows(html);
        assertThat(rows).hasSize(18 * 3).containsKeys("141000-YELLOW", COUNTY + "-RED", "141034-ORANGE");
        assertThat(html).contains("id=\"list-import\"").contains("class=\"csv-form\"");

        // worked out here from the list as the API gives it: the county's baselines and its cuts at each level
        JsonPath list = given().auth().preemptive().basic("duty", "duty").get("/api/reduction-list").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> enterprises = list.getList("enterprises.findAll { it.regionCode == '" + COUNTY + "' }");
        assertThat(enterprises).as("the demo list has enterprises in " + COUNTY).isNotEmpty();
        for (String level : LEVELS) {
            Shown shown = rows.get(COUNTY + "-" + level);
            assertThat(shown.cells()).containsOnlyKeys("SO2", "NOX", "PM", "VOCS");
            boolean allMet = true;
            for (var pollutant : KEYS.entrySet()) {
                double total = 0;
                double cut = 0;
                for (Map<String, Object> e : enterprises) {
                    total += number(((Map<?, ?>) e.get("annualEmissions")).get(pollutant.getValue()));
                    cut += number(((Map<?, ?>) ((Map<?, ?>) e.get("expectedCut")).get(level)).get(pollutant.getValue()));
                }
                double percent = total == 0 ? 0 : cut / total * 100;
                double required = total * REQUIRED.get(level) / 100.0;
                double shortfall = Math.max(0, required - cut);
                allMet &= shortfall < 1e-6;
                double[] cell = shown.cells().get(pollutant.getKey());
                assertThat(cell[0]).as(level + " " + pollutant.getKey() + " percent").isCloseTo(percent, within(0.051));
                assertThat(cell[1]).as(level + " " + pollutant.getKey() + " shortfall").isCloseTo(shortfall, within(0.051));
            }
            assertThat(shown.meets()).as(level + " met").isEqualTo(allMet);
        }

        // the versions: the active one is the one the public list is published from
        int active = given().get("/api/public/reduction-list").then().statusCode(200).extract().path("version");
        assertThat(html).contains("<tr id=\"list-version-" + active + "\" class=\"active\" data-active=\"true\">");
        assertThat(html.split("data-active=\"true\"").length - 1).as("one active version").isEqualTo(1);
    }

    @Test
    void aCountyOfficerSeesOnlyTheirCountyAsTheAdequacyEndpointAnswersAndNoImportForm() {
        String html = panel(session("county-" + COUNTY, "county"));
        Map<String, Shown> rows = rows(html);
        assertThat(rows).containsOnlyKeys(COUNTY + "-YELLOW", COUNTY + "-ORANGE", COUNTY + "-RED");
        assertThat(html).doesNotContain("csv-form").doesNotContain("data-region=\"141000\"")
                .doesNotContain("data-region=\"141024\"");
        for (String level : LEVELS) {
            JsonPath report = given().auth().preemptive().basic("county-" + COUNTY, "county").queryParam("regionCode", COUNTY)
                    .queryParam("level", level).get("/api/reduction-list/adequacy").then().statusCode(200).extract().jsonPath();
            Shown shown = rows.get(COUNTY + "-" + level);
            assertThat(shown.meets()).isEqualTo(report.getBoolean("meets"));
            List<Map<String, Object>> pollutants = report.getList("pollutants");
            List<String> seen = new ArrayList<>();
            for (Map<String, Object> p : pollutants) {
                String name = (String) p.get("pollutant");
                seen.add(name);
                assertThat(shown.cells().get(name)[0]).isCloseTo(number(p.get("percent")), within(0.051));
                assertThat(shown.cells().get(name)[1]).isCloseTo(number(p.get("shortfall")), within(0.051));
            }
            assertThat(seen).containsExactlyInAnyOrder("SO2", "NOX", "PM", "VOCS");
        }
    }

    @Test
    void theCountyOfficersHomeHasTheRaiseFormForTheirCountyAndTheDutyOfficersHasNone() {
        String county = given().cookie("quarkus-credential", session("county-" + COUNTY, "county")).get("/").then()
                .statusCode(200).extract().asString();
        assertThat(county).contains("id=\"reduction-list-panel\"").contains("id=\"raise-form\"")
                .contains("<input type=\"hidden\" name=\"regionCode\" value=\"" + COUNTY + "\">");
        String duty = given().cookie("quarkus-credential", session("duty", "duty")).get("/").then().statusCode(200).extract()
                .asString();
        assertThat(duty).contains("id=\"reduction-list-panel\"").doesNotContain("id=\"raise-form\"");
    }

    @Test
    void anEnterpriseIsRefusedThePanelAndTheEnglishSwitchChangesItsWords() {
        String enterprise = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().path("[0].enterpriseId");
        given().cookie("quarkus-credential", session(enterprise, "enterprise")).get("/console/reduction-list").then()
                .statusCode(403);
        String cookie = session("duty", "duty");
        given().cookie("quarkus-credential", cookie).cookie("lantian-lang", "en").get("/console/reduction-list").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Emergency reduction list"));
        given().cookie("quarkus-credential", cookie).get("/console/reduction-list").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("应急减排清单"));
    }

    private static double number(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
