package org.lantian.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The list execution review on real Kafka and PostgreSQL: a red warning for 曲沃县 (141021) backdated two days, three
 * of its single-line enterprises whose red measure stops that line, telemetry on
 * {@code aq.monitoring.enterprise-telemetry.v1}, and the review read back as JSON, CSV and in the console.
 *
 * <p>Times: E = the last whole hour − 48 h is the order's effectiveFrom; every hour of the 7 days before E draws
 * 1000 kW, so every baseline is exactly 1000 kW; hours E+1h … E+48h carry the episode's telemetry; with the grace of
 * PT2H the checked hours are E+3h … E+48h = 46 hours. Each enterprise has one line, so its line meter covers the whole
 * site (coverage 1/1).
 *
 * <p>Worked by hand from src/main/resources/reduction/linfen-demo-list.csv (t/yr; SO2, NOx, PM, VOCs):
 * <ul>
 * <li>{@link #COMPLIANT} 91141021MA0LD0095Q (line-1): emissions 58, 12.9, 32.8, 24.9; red cuts: STOP line-1
 *   58, 12.126, 31.816, 24.651 + truck ban 0, 0.31, 0.394, 0.1 = 58, 12.436, 32.21, 24.751. Draws 100 kW = 10 %:
 *   cut share 0.9 in each of 46 hours, Σ = 41.4. Achieved = 41.4 × annual / 8760 = 2401.2/8760 = 0.27410959 SO2,
 *   534.06/8760 = 0.06096575 NOx, 1357.92/8760 = 0.15501370 PM, 1030.86/8760 = 0.11767808 VOCs. Promised =
 *   46 × cut / 8760 = 2668/8760 = 0.30456621, 572.056/8760 = 0.06530320, 1481.66/8760 = 0.16913927,
 *   1138.546/8760 = 0.12997100. Ratio SO2 = 41.4 × 58 / (46 × 58) = 0.9. Hours: 46 compliant.</li>
 * <li>{@link #PARTIAL} 91141021MA0LD0096U (tunnel-kiln-1): emissions 65.6, 50.7, 49.9, 3; red cuts: STOP 65.6, 47.658,
 *   45.908, 2.97 + truck ban 0, 1.217, 0.599, 0.012 + outdoor handling 0, 0, 2.495, 0 = 65.6, 48.875, 49.002, 2.982.
 *   Draws 600 kW (60 %) in E+1h … E+12h, so the first 10 checked hours (E+3h … E+12h) break the stop (≥ 200 kW) with
 *   cut share 0.4, then 100 kW (10 %) in E+13h … E+48h, 36 compliant hours with share 0.9: Σ = 4 + 32.4 = 36.4.
 *   Achieved = 36.4 × annual / 8760 = 2387.84/8760 = 0.27258447 SO2, 1845.48/8760 = 0.21067123 NOx,
 *   1816.36/8760 = 0.20734703 PM, 109.2/8760 = 0.01246575 VOCs. Promised = 46 × cut / 8760 = 3017.6/8760 =
 *   0.34447489, 2248.25/8760 = 0.25664954, 2254.092/8760 = 0.25731644, 137.172/8760 = 0.01565890.
 *   Hours: 36 compliant, 10 violations.</li>
 * <li>{@link #IGNORING} 91141021MA0LD0103Y (lime-kiln-1): emissions 33.9, 39.2, 88.7, 2.8; red cuts: STOP 33.9,
 *   36.848, 81.604, 2.772 + truck ban 0, 0.941, 1.064, 0.011 + outdoor handling 0, 0, 4.435, 0 = 33.9, 37.789, 87.103,
 *   2.783. Draws 1000 kW = 100 % throughout: share 0, achieved 0 (measured: 0, not null). Promised = 46 × cut / 8760
 *   = 1559.4/8760 = 0.17801370, 1738.294/8760 = 0.19843539, 4006.738/8760 = 0.45739018, 128.018/8760 = 0.01461393.
 *   Hours: 46 violations.</li>
 * </ul>
 * The county's other enterprises got orders too but send no telemetry: listed as not measured (achieved null, no
 * hours, nothing promised), so 141021's sums are these three's.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListReviewScenarioTest {

    static final String COUNTY = "141021";
    static final String TELEMETRY = "aq.monitoring.enterprise-telemetry.v1";
    static final String COMPLIANT = "91141021MA0LD0095Q";
    static final String PARTIAL = "91141021MA0LD0096U";
    static final String IGNORING = "91141021MA0LD0103Y";
    static final int CHECKED = 46;
    static final double EPS = 1e-6;
    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    static final OffsetDateTime H0 = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    static final OffsetDateTime E = H0.minusHours(48);
    private static volatile String warningId;

    @Test
    @Order(1)
    void achievedCutsHoursAndPromisesMatchTheHandWorkedFigures() throws Exception {
        String warning = episode();
        JsonNode review = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> review("duty", "duty", warning), r -> settled(r));
        assertThat(review.get("warningId").asText()).isEqualTo(warning);
        assertThat(review.get("level").asText()).isEqualTo("RED");
        assertThat(review.get("ongoing").asBoolean()).isTrue();

        JsonNode ok = enterprise(review, COMPLIANT);
        assertHours(ok, 46, 0, 0);
        assertTonnes(ok.get("achieved"), 0.27410959, 0.06096575, 0.15501370, 0.11767808);
        assertTonnes(ok.get("promised"), 0.30456621, 0.06530320, 0.16913927, 0.12997100);
        assertThat(ok.at("/ratio/so2").asDouble()).isCloseTo(0.9, within(EPS));

        JsonNode partial = enterprise(review, PARTIAL);
        assertHours(partial, 36, 10, 0);
        assertTonnes(partial.get("achieved"), 0.27258447, 0.21067123, 0.20734703, 0.01246575);
        assertTonnes(partial.get("promised"), 0.34447489, 0.25664954, 0.25731644, 0.01565890);

        JsonNode ignoring = enterprise(review, IGNORING);
        assertHours(ignoring, 0, 46, 0);
        assertTonnes(ignoring.get("achieved"), 0, 0, 0, 0);
        assertTonnes(ignoring.get("promised"), 0.17801370, 0.19843539, 0.45739018, 0.01461393);
        assertThat(ignoring.at("/ratio/pm").asDouble()).isZero();

        // the county's other enterprises: ordered, not measured
        JsonNode others = null;
        for (JsonNode e : review.get("enterprises")) {
            if (!List.of(COMPLIANT, PARTIAL, IGNORING).contains(e.get("enterpriseId").asText())) {
                others = e;
                assertThat(e.get("achieved").isNull()).as(e.get("enterpriseId").asText()).isTrue();
                assertThat(e.at("/hours/checked").asInt()).isZero();
            }
        }
        assertThat(others).as("the county's other listed enterprises are in the review too").isNotNull();

        // the county: the three measured enterprises' sums
        assertThat(review.get("counties")).hasSize(1);
        JsonNode county = review.get("counties").get(0);
        assertThat(county.get("countyCode").asText()).isEqualTo(COUNTY);
        assertThat(county.get("measuredEnterprises").asInt()).isEqualTo(3);
        assertThat(county.at("/hours/compliant").asInt()).isEqualTo(46 + 36);
        assertThat(county.at("/hours/violation").asInt()).isEqualTo(10 + 46);
        assertTonnes(county.get("achieved"), 0.27410959 + 0.27258447, 0.06096575 + 0.21067123, 0.15501370 + 0.20734703,
                0.11767808 + 0.01246575);
        assertTonnes(county.get("promised"), 0.30456621 + 0.34447489 + 0.17801370, 0.06530320 + 0.25664954 + 0.19843539,
                0.16913927 + 0.25731644 + 0.45739018, 0.12997100 + 0.01565890 + 0.01461393);
        assertThat(review.at("/total/countyCode").isNull()).isTrue();
        assertTonnes(review.at("/total/achieved"), 0.27410959 + 0.27258447, 0.06096575 + 0.21067123, 0.15501370 + 0.20734703,
                0.11767808 + 0.01246575);
    }

    @Test
    @Order(2)
    void theCsvHasOneRowPerEnterpriseWithTheSameFigures() throws Exception {
        String warning = episode();
        await().atMost(Duration.ofSeconds(120)).until(() -> review("duty", "duty", warning), r -> settled(r));
        String csv = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warning).queryParam("format", "csv")
                .get("/api/compliance/review").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ListReview.CSV_COLUMNS));
        assertThat(csv).contains(warning + "," + COUNTY + "," + PARTIAL + ",");
        String partial = List.of(lines).stream().filter(l -> l.contains("," + PARTIAL + ",")).findFirst().orElseThrow();
        // checked, compliant, violation, no baseline, measured; achieved SO2 … VOCs to 6 decimals
        assertThat(partial).contains(",RED,1,46,36,10,0,46,0.272584,0.210671,0.207347,0.012466,0.344475,0.256650,0.257316,0.015659,");
        String viaAccept = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warning).accept("text/csv")
                .get("/api/compliance/review").then().statusCode(200).extract().asString();
        assertThat(viaAccept.split("\n")[0]).isEqualTo(lines[0]);
        assertThat(viaAccept.split("\n")).hasSameSizeAs(lines);
    }

    @Test
    @Order(3)
    void aCountyOfficerSeesOnlyTheOwnCounty() throws Exception {
        String warning = episode();
        await().atMost(Duration.ofSeconds(120)).until(() -> review("duty", "duty", warning), r -> settled(r));
        JsonNode other = review("county-141024", "county", warning);
        assertThat(other.get("enterprises")).isEmpty();
        assertThat(other.get("counties")).isEmpty();
        assertThat(other.at("/total/achieved").isNull()).isTrue();
        JsonNode own = review("county-141021", "county", warning);
        assertThat(own.get("enterprises").size()).isEqualTo(review("duty", "duty", warning).get("enterprises").size());
        assertThat(enterprise(own, PARTIAL).at("/hours/violation").asInt()).isEqualTo(10);
        given().auth().preemptive().basic(PARTIAL, "enterprise").queryParam("warningId", warning).get("/api/compliance/review")
                .then().statusCode(403);
    }

    @Test
    @Order(4)
    void aMissingOrUnknownWarningIsNamed() {
        given().auth().preemptive().basic("duty", "duty").get("/api/compliance/review").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("warningId"));
        given().auth().preemptive().basic("duty", "duty").queryParam("warningId", "no-such-warning").get("/api/compliance/review")
                .then().statusCode(404).body("error", org.hamcrest.Matchers.containsString("warningId"));
    }

    @Test
    @Order(5)
    void theConsolePanelShowsTheChartAndTheEnterpriseRowsAndTheTimelineLinksIt() throws Exception {
        String warning = episode();
        await().atMost(Duration.ofSeconds(120)).until(() -> review("duty", "duty", warning), r -> settled(r));
        String html = given().auth().preemptive().basic("consult", "consult").get("/console/warnings/" + warning + "/review")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(html).contains("<svg").contains("review-chart").contains("id=\"review-" + PARTIAL + "\"").contains(COUNTY);
        String timeline = given().auth().preemptive().basic("consult", "consult").get("/console/warnings/" + warning + "/timeline")
                .then().statusCode(200).extract().asString();
        assertThat(timeline).contains("/console/warnings/" + warning + "/review");
        String english = given().auth().preemptive().basic("consult", "consult").cookie("lantian-lang", "en")
                .get("/console/warnings/" + warning + "/review").then().statusCode(200).extract().asString();
        assertThat(english).contains("<svg");
    }

    @Test
    @Order(6)
    void afterTheLiftTheEpisodeEndsAtTheLiftWithTheSameFigures() throws Exception {
        String warning = episode();
        await().atMost(Duration.ofSeconds(120)).until(() -> review("duty", "duty", warning), r -> settled(r));
        given().auth().preemptive().basic("duty", "duty").contentType("application/json")
                .body("""
                        {"version": 1, "reason": "test done", "overrideReason": "test clean-up"}""")
                .post("/api/warnings/" + warning + "/lift").then().statusCode(200);
        JsonNode lifted = review("duty", "duty", warning);
        assertThat(lifted.get("ongoing").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(lifted.get("to").asText())).isAfterOrEqualTo(H0);
        assertTonnes(enterprise(lifted, PARTIAL).get("achieved"), 0.27258447, 0.21067123, 0.20734703, 0.01246575);
    }

    // ---------------------------------------------------------------- helpers

    /** Issues the warning and sends the telemetry once; answers the warning's id. */
    private static String episode() {
        synchronized (ListReviewScenarioTest.class) {
            if (warningId == null) {
                String id = given().auth().preemptive().basic("duty", "duty").contentType("application/json")
                        .body("""
                                {"regionCode": "%s", "level": "RED", "effectiveFrom": "%s", "reason": "曲沃县红色预警（清单执行评估测试）"}"""
                                .formatted(COUNTY, TIME.format(E))).post("/api/warnings").then().statusCode(200).extract().path("id");
                for (String enterprise : List.of(COMPLIANT, PARTIAL, IGNORING)) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> redOrder(enterprise, id), Optional::isPresent);
                }
                history(COMPLIANT, "line-1");
                history(PARTIAL, "tunnel-kiln-1");
                history(IGNORING, "lime-kiln-1");
                during(COMPLIANT, "line-1", 1, 48, 100);
                during(PARTIAL, "tunnel-kiln-1", 1, 12, 600);
                during(PARTIAL, "tunnel-kiln-1", 13, 48, 100);
                during(IGNORING, "lime-kiln-1", 1, 48, 1000);
                warningId = id;
            }
            return warningId;
        }
    }

    /** Every enterprise's checked hours are in. */
    private static boolean settled(JsonNode review) {
        return List.of(COMPLIANT, PARTIAL, IGNORING).stream().allMatch(id -> {
            JsonNode e = enterprise(review, id);
            return e != null && e.at("/hours/checked").asInt() == CHECKED;
        }) && enterprise(review, PARTIAL).at("/hours/violation").asInt() == 10;
    }

    private static JsonNode review(String user, String password, String warning) throws Exception {
        return JSON.readTree(given().auth().preemptive().basic(user, password).queryParam("warningId", warning)
                .get("/api/compliance/review").then().statusCode(200).extract().asString());
    }

    private static JsonNode enterprise(JsonNode review, String id) {
        for (JsonNode e : review.get("enterprises")) {
            if (id.equals(e.get("enterpriseId").asText())) {
                return e;
            }
        }
        return null;
    }

    private static void assertHours(JsonNode e, int compliant, int violation, int noBaseline) {
        assertThat(e.at("/hours/checked").asInt()).isEqualTo(CHECKED);
        assertThat(e.at("/hours/compliant").asInt()).isEqualTo(compliant);
        assertThat(e.at("/hours/violation").asInt()).isEqualTo(violation);
        assertThat(e.at("/hours/noBaseline").asInt()).isEqualTo(noBaseline);
        assertThat(e.at("/hours/measured").asInt()).isEqualTo(compliant + violation);
        assertThat(e.get("lines").asInt()).isEqualTo(1);
    }

    private static void assertTonnes(JsonNode t, double so2, double nox, double pm, double vocs) {
        assertThat(t.isNull()).as("measured").isFalse();
        assertThat(t.get("so2").asDouble()).isCloseTo(so2, within(EPS));
        assertThat(t.get("nox").asDouble()).isCloseTo(nox, within(EPS));
        assertThat(t.get("pm").asDouble()).isCloseTo(pm, within(EPS));
        assertThat(t.get("vocs").asDouble()).isCloseTo(vocs, within(EPS));
    }

    private static Optional<String> redOrder(String enterprise, String warning) {
        List<Map<String, Object>> orders = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .queryParam("kind", "INDUSTRIAL").get("/api/directives").then().statusCode(200).extract().path("$");
        return orders.stream().filter(o -> enterprise.equals(o.get("subject")) && "RED".equals(o.get("level"))
                        && warning.equals(o.get("warningId")))
                .map(o -> (String) o.get("directiveId")).findFirst();
    }

    /** Every hour of the 7 days before the order at 1000 kW: the baseline of every hour of day is 1000 kW. */
    private static void history(String enterprise, String meter) {
        for (int h = 7 * 24; h >= 1; h--) {
            send(enterprise, meter, E.minusHours(h), 1000);
        }
    }

    /** Hours E+from … E+to (ends), each at {@code kw}. */
    private static void during(String enterprise, String meter, int from, int to, double kw) {
        for (int h = from; h <= to; h++) {
            send(enterprise, meter, E.plusHours(h), kw);
        }
    }

    private static void send(String enterprise, String meter, OffsetDateTime at, double value) {
        Infra.send(TELEMETRY, enterprise, """
                {"enterpriseId": "%s", "measuredAt": "%s", "meter": "%s", "kind": "ELECTRICITY_KW", "value": %s}"""
                .formatted(enterprise, TIME.format(at), meter, value));
    }
}
