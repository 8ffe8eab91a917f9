package org.lantian.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.TelemetryFeed;
import org.lantian.testing.WarningLifts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Compliance on real Kafka and PostgreSQL: a red warning for 乡宁县 (141022), backdated a day, gives each listed
 * enterprise its red order; synthetic telemetry (a week of history before the order, then the order's day) goes in
 * on {@code aq.monitoring.enterprise-telemetry.v1}, and the findings come out on the API, the event log and
 * {@code aq.compliance.findings.v1}. Every scenario uses its own enterprise of the demo list, chosen for its red
 * measures. History: every hour of the seven days before the order, day d (1 = the day before) drawing
 * {@link #HISTORY}[d-1] kW, so the baseline of every hour of day is their median, 1000 kW. Checked hours: from the
 * third hour after the order (grace PT2H) to the last whole hour: {@link #CHECKED} of them.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ComplianceScenariosTest {

    static final String COUNTY = "141022";
    static final double[] HISTORY = {900, 950, 1000, 1000, 1050, 1100, 1200};
    static final double BASELINE = 1000;
    /** The order takes effect 24 h before the last whole hour; hours E+3h … E+24h are checked. */
    static final int CHECKED = 22;
    static final ObjectMapper JSON = new ObjectMapper();

    /** The last whole hour, and the order's effectiveFrom a day before it. */
    static final OffsetDateTime H0 = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    static final OffsetDateTime E = H0.minusHours(24);
    private static volatile boolean issued;
    private static volatile String warning;
    private static volatile int port;

    @Inject
    RecordSchemas schemas;

    /** 乡宁县 ends as it began: no warning in force (its orders end, and so do their findings, at the next sweep). */
    @org.junit.jupiter.api.AfterAll
    static void lift() {
        if (warning != null) {
            WarningLifts.lift(port, warning, "compliance scenarios done");
        }
    }

    @Inject
    ComplianceSweep sweep;

    @Test
    void aCompliantStopOpensNoFinding() throws Exception {
        String enterprise = "91141022MA0LD0142E";
        String order = order(enterprise);
        history(enterprise, "line-1", HISTORY.length);
        during(enterprise, "line-1", 1, 24, 150);
        // 150 kW < 20 % of 1000 kW in every checked hour
        await().atMost(Duration.ofSeconds(60)).until(() -> verdicts(order, "STOP", "line-1", "COMPLIANT") == CHECKED);
        assertThat(verdicts(order, "STOP", "line-1", "VIOLATION")).isZero();
        assertThat(finding(enterprise, "STOP", "line-1")).isEmpty();
    }

    @Test
    void anIgnoredStopIsFoundWithItsEvidenceLoggedAndPublished() throws Exception {
        String enterprise = "91141022MA0LD01408";
        String order = order(enterprise);
        history(enterprise, "reactor-1", HISTORY.length);
        during(enterprise, "reactor-1", 1, 24, 900);
        JsonPath f = awaitFinding(enterprise, "STOP", "reactor-1", j -> j.getInt("violatingHours") == CHECKED);
        assertThat(f.getString("status")).isEqualTo("OPEN");
        assertThat(f.getString("outcome")).isEqualTo("SUSPECTED_VIOLATION");
        assertThat(f.getString("directiveId")).isEqualTo(order);
        assertThat(OffsetDateTime.parse(f.getString("firstHour")).toInstant()).isEqualTo(E.plusHours(3).toInstant());
        assertThat(OffsetDateTime.parse(f.getString("lastViolation")).toInstant()).isEqualTo(H0.toInstant());
        assertThat(f.getString("evidence.unit")).isEqualTo("kW");
        assertThat(f.getList("evidence.measures.action", String.class)).containsExactly("STOP");
        assertThat(f.getList("evidence.measures.line", String.class)).containsExactly("reactor-1");
        assertThat(f.getList("evidence.hours")).hasSize(CHECKED);
        assertThat(f.getList("evidence.hours.value", Float.class)).allSatisfy(v -> assertThat(v).isEqualTo(900f));
        assertThat(f.getList("evidence.hours.baseline", Float.class)).allSatisfy(v -> assertThat(v).isEqualTo((float) BASELINE));
        assertThat(f.getList("evidence.hours.threshold", Float.class)).allSatisfy(v -> assertThat(v).isEqualTo(200f));
        assertThat(f.getList("evidence.hours.verdict", String.class)).containsOnly("VIOLATION");

        String id = f.getString("findingId");
        assertThat(events(id)).contains("COMPLIANCE_FINDING_OPENED").doesNotContain("COMPLIANCE_FINDING_CLOSED");
        List<JsonNode> published = await().atMost(Duration.ofSeconds(30)).until(() -> published(enterprise, id), l -> !l.isEmpty());
        assertThat(published).allSatisfy(m -> assertThat(m.get("messageId").asText()).startsWith(id + ":v"));
        assertThat(published.get(0).get("change").asText()).isEqualTo("OPENED");
        assertThat(published.get(0).get("messageId").asText()).isEqualTo(id + ":v1");
    }

    @Test
    void aLimitExceededByThirtyPercentIsFound() throws Exception {
        String enterprise = "91141022MA0LD0143H";
        order(enterprise);
        history(enterprise, "line-1", HISTORY.length);
        // allowed 75 %; drawing 30 % more than allowed: 975 kW, above (75 + 10) % of 1000 kW = 850 kW
        during(enterprise, "line-1", 1, 24, 975);
        JsonPath f = awaitFinding(enterprise, "LIMIT", "line-1", j -> j.getInt("violatingHours") == CHECKED);
        assertThat(f.getList("evidence.hours.threshold", Float.class)).allSatisfy(v -> assertThat(v).isEqualTo(850f));
        assertThat(f.getList("evidence.measures.limitPercent", Float.class)).containsExactly(75f);
        assertThat(f.getString("status")).isEqualTo("OPEN");
    }

    @Test
    void partialComplianceThatRecoversClosesTheFinding() throws Exception {
        String enterprise = "91141022MA0LD0132D";
        order(enterprise);
        history(enterprise, "tunnel-kiln-1", HISTORY.length);
        during(enterprise, "tunnel-kiln-1", 1, 8, 600);
        // hours E+3h … E+8h checked and broken
        JsonPath open = awaitFinding(enterprise, "STOP", "tunnel-kiln-1", j -> j.getInt("violatingHours") == 6);
        assertThat(open.getString("status")).isEqualTo("OPEN");
        during(enterprise, "tunnel-kiln-1", 9, 24, 100);
        JsonPath closed = awaitFinding(enterprise, "STOP", "tunnel-kiln-1", j -> j.getString("status").equals("CLOSED"));
        assertThat(OffsetDateTime.parse(closed.getString("closedAt")).toInstant()).isEqualTo(E.plusHours(9).toInstant());
        assertThat(closed.getInt("violatingHours")).isEqualTo(6);
        assertThat(events(closed.getString("findingId"))).contains("COMPLIANCE_FINDING_OPENED", "COMPLIANCE_FINDING_CLOSED");
    }

    @Test
    void tooLittleHistoryGivesNoBaselineInsteadOfAGuess() throws Exception {
        String enterprise = "91141022MA0LD0147X";
        order(enterprise);
        history(enterprise, "coke-oven-1", 2);
        during(enterprise, "coke-oven-1", 1, 24, 900);
        JsonPath f = awaitFinding(enterprise, "STOP", "coke-oven-1", j -> true);
        assertThat(f.getString("outcome")).isEqualTo("NO_BASELINE");
        assertThat(f.getString("status")).isEqualTo("OPEN");
        assertThat(f.getInt("violatingHours")).isZero();
        assertThat(f.getList("evidence.hours.verdict", String.class)).containsOnly("NO_BASELINE");
        assertThat(f.getList("evidence.hours.baseline")).containsOnlyNulls();
    }

    @Test
    void theSameTelemetryReplayedOpensNoSecondFinding() throws Exception {
        String enterprise = "91141022MA0LD01481";
        String order = order(enterprise);
        history(enterprise, "cupola-1", HISTORY.length);
        during(enterprise, "cupola-1", 1, 24, 900);
        JsonPath first = awaitFinding(enterprise, "STOP", "cupola-1", j -> j.getInt("violatingHours") == CHECKED);
        int eventsBefore = events(first.getString("findingId")).size();
        history(enterprise, "cupola-1", HISTORY.length);
        during(enterprise, "cupola-1", 1, 24, 900);
        // a sentinel behind the replay on the same partition: a clean truck at the gate, whose verdict shows it was checked
        truck(enterprise, "gate-1", H0.minusMinutes(30), "晋J00001", "CHINA_VI");
        await().atMost(Duration.ofSeconds(60)).until(() -> verdicts(order, "TRUCK_BAN", "gate-1", "COMPLIANT") == 1);
        assertThat(findings(enterprise)).filteredOn(m -> "STOP".equals(m.get("rule"))).hasSize(1);
        JsonPath after = awaitFinding(enterprise, "STOP", "cupola-1", j -> true);
        assertThat(after.getInt("version")).isEqualTo(first.getInt("version"));
        assertThat(events(first.getString("findingId"))).hasSize(eventsBefore);
    }

    @Test
    void aMeterGoneSilentIsAMonitoringGapUntilItReportsAgain() throws Exception {
        String enterprise = "91141022MA0LD01219";
        String order = order(enterprise);
        history(enterprise, "cupola-1", HISTORY.length);
        during(enterprise, "cupola-1", 1, 5, 100);
        await().atMost(Duration.ofSeconds(60)).until(() -> verdicts(order, "STOP", "cupola-1", "COMPLIANT") == 3);
        sweep.sweep().await().atMost(Duration.ofSeconds(30));
        JsonPath gap = awaitFinding(enterprise, "MONITORING_GAP", "cupola-1", j -> true);
        assertThat(gap.getString("status")).isEqualTo("OPEN");
        assertThat(gap.getString("evidence.unit")).isEqualTo("minutes without telemetry");
        assertThat(gap.getString("evidence.hours[0].note")).contains(E.plusHours(5).toInstant().toString().replace(":00Z", ""));
        // silent since E+5h: at least the 19 hours to H0
        assertThat(gap.getFloat("evidence.hours[0].value")).isGreaterThanOrEqualTo(19 * 60f);
        send(enterprise, "cupola-1", "ELECTRICITY_KW", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), 100);
        JsonPath closed = awaitFinding(enterprise, "MONITORING_GAP", "cupola-1", j -> j.getString("status").equals("CLOSED"));
        assertThat(closed.getString("findingId")).isEqualTo(gap.getString("findingId"));
    }

    @Test
    void aBannedTruckAtTheGateIsFound() throws Exception {
        String enterprise = "91141022MA0LD0137W";
        order(enterprise);
        OffsetDateTime at = E.plusHours(4).plusMinutes(30);
        truck(enterprise, "gate-east", at, "晋J12345", "CHINA_IV");
        truck(enterprise, "gate-east", at.plusMinutes(5), "晋J67890", "CHINA_VI");
        JsonPath f = awaitFinding(enterprise, "TRUCK_BAN", "gate-east", j -> true);
        assertThat(f.getInt("violatingHours")).isEqualTo(1);
        assertThat(OffsetDateTime.parse(f.getString("firstHour")).toInstant()).isEqualTo(E.plusHours(5).toInstant());
        assertThat(f.getFloat("evidence.hours[0].value")).isEqualTo(1f);
        assertThat(f.getString("evidence.hours[0].note")).contains("晋J12345").doesNotContain("晋J67890");
        assertThat(f.getList("evidence.measures.action", String.class)).containsExactly("NO_CHINA_IV_OR_OLDER_TRUCKS");
    }

    @Test
    void stackNoxAboveThePermitIsFound() throws Exception {
        String enterprise = "91141022MA0LD0134K";
        order(enterprise);
        String original = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list")
                .then().statusCode(200).extract().asString();
        String columns = ",permit_so2_mg_m3,permit_nox_mg_m3,permit_pm_mg_m3,denitration";
        try {
            // NOx permitted at 100 mg/m³ for this enterprise only; the rest of the list as it was
            String permitted = original.lines().map(line -> line.startsWith("credit_code,") ? line + columns
                    : line.startsWith(enterprise + ",") ? line + ",,100,,SCR" : line + ",,,,")
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(permitted)
                    .post("/api/reduction-list").then().statusCode(200);
            send(enterprise, "stack-1", "STACK_NOX", E.plusHours(4), 150);
            send(enterprise, "stack-1", "STACK_NOX", E.plusHours(5), 160);
            JsonPath f = awaitFinding(enterprise, "STACK_NOX", "stack-1", j -> j.getInt("violatingHours") == 2);
            assertThat(f.getString("status")).isEqualTo("OPEN");
            assertThat(f.getString("evidence.unit")).isEqualTo("mg/m³");
            assertThat(f.getList("evidence.hours.value", Float.class)).containsExactly(150f, 160f);
            assertThat(f.getList("evidence.hours.threshold", Float.class)).containsOnly(100f);
            assertThat(OffsetDateTime.parse(f.getString("firstHour")).toInstant()).isEqualTo(E.plusHours(4).toInstant());
        } finally {
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(original)
                    .post("/api/reduction-list").then().statusCode(200);
        }
    }

    @Test
    void anOfficerConfirmsAFindingWithAReasonAndItIsRecorded() throws Exception {
        String enterprise = "91141022MA0LD0145P";
        order(enterprise);
        history(enterprise, "line-1", HISTORY.length);
        during(enterprise, "line-1", 1, 6, 800);
        JsonPath f = awaitFinding(enterprise, "STOP", "line-1", j -> j.getInt("violatingHours") == 4);
        String id = f.getString("findingId");
        given().auth().preemptive().basic("duty", "duty").contentType("application/json").body("{\"decision\": \"CONFIRMED\"}")
                .post("/api/compliance/findings/" + id + "/decision").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("reason"));
        given().auth().preemptive().basic("duty", "duty").contentType("application/json")
                .body("{\"decision\": \"CONFIRMED\", \"reason\": \"现场核查：1号线未停产\"}")
                .post("/api/compliance/findings/" + id + "/decision").then().statusCode(200)
                .body("decision", org.hamcrest.Matchers.equalTo("CONFIRMED")).body("decidedBy", org.hamcrest.Matchers.equalTo("duty"));
        JsonPath after = awaitFinding(enterprise, "STOP", "line-1", j -> "CONFIRMED".equals(j.getString("decision")));
        assertThat(after.getString("decisionReason")).isEqualTo("现场核查：1号线未停产");
        assertThat(events(id)).endsWith("COMPLIANCE_FINDING_DECIDED");
        // another county's officer may not decide it; the enterprise sees its own finding but cannot decide
        given().auth().preemptive().basic("county-141024", "county").contentType("application/json")
                .body("{\"decision\": \"DISMISSED\", \"reason\": \"x\"}")
                .post("/api/compliance/findings/" + id + "/decision").then().statusCode(403);
        assertThat(given().auth().preemptive().basic(enterprise, "enterprise").get("/api/compliance/findings").then().statusCode(200)
                .extract().jsonPath().getList("findingId", String.class)).contains(id);
    }

    @Test
    void findingsAreCountedInTheBriefAndTheEpisodeTimeline() throws Exception {
        String enterprise = "91141022MA0LD0141B";
        String order = order(enterprise);
        history(enterprise, "tunnel-kiln-1", HISTORY.length);
        during(enterprise, "tunnel-kiln-1", 1, 4, 700);
        JsonPath f = awaitFinding(enterprise, "STOP", "tunnel-kiln-1", j -> j.getInt("violatingHours") == 2);
        String warning = f.getString("warningId");
        assertThat(warning).isNotNull();
        List<Map<String, Object>> all = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/compliance/findings").then().statusCode(200).extract().path("$");
        JsonPath brief = given().auth().preemptive().basic("consult", "consult").get("/api/consultation/brief").then().statusCode(200)
                .extract().jsonPath();
        // the brief counts, as of its asOf, the findings opened by then, open unless closed by then
        OffsetDateTime asOf = OffsetDateTime.parse(brief.getString("asOf"));
        List<Map<String, Object>> byThen = all.stream()
                .filter(m -> !OffsetDateTime.parse((String) m.get("firstHour")).isAfter(asOf)).toList();
        long open = byThen.stream().filter(m -> "OPEN".equals(m.get("status"))
                || OffsetDateTime.parse((String) m.get("closedAt")).isAfter(asOf)).count();
        Map<String, Object> counted = brief.getMap("regions.find { it.regionCode == '" + COUNTY + "' }.findings");
        assertThat(((Number) counted.get("total")).longValue()).isEqualTo(byThen.size()).isPositive();
        assertThat(((Number) counted.get("open")).longValue()).isEqualTo(open);
        long ofWarning = all.stream().filter(m -> warning.equals(m.get("warningId"))).count();
        JsonPath timeline = given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warning + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getLong("findings.total")).isEqualTo(ofWarning).isPositive();
        assertThat(timeline.getList("events.type", String.class)).noneMatch(t -> t.startsWith("COMPLIANCE_FINDING"));
        assertThat(order).isEqualTo(f.getString("directiveId"));
    }

    @Test
    void theConsoleListsFindingsInScopeWithTheDecisionFormForOfficersOnly() throws Exception {
        String enterprise = "91141022MA0LD01393";
        order(enterprise);
        history(enterprise, "line-1", HISTORY.length);
        during(enterprise, "line-1", 1, 5, 650);
        String id = awaitFinding(enterprise, "STOP", "line-1", j -> j.getInt("violatingHours") == 3).getString("findingId");
        String county = given().auth().preemptive().basic("county-" + COUNTY, "county").get("/console/findings").then().statusCode(200)
                .extract().asString();
        assertThat(county).contains("id=\"finding-" + id + "\"").contains("/api/compliance/findings/" + id + "/decision");
        String other = given().auth().preemptive().basic("county-141024", "county").get("/console/findings").then().statusCode(200)
                .extract().asString();
        assertThat(other).doesNotContain(id);
        String own = given().auth().preemptive().basic(enterprise, "enterprise").get("/console/findings").then().statusCode(200)
                .extract().asString();
        assertThat(own).contains("id=\"finding-" + id + "\"").doesNotContain("/decision").doesNotContain("91141022MA0LD01408");
        String consult = given().auth().preemptive().basic("consult", "consult").get("/console/findings").then().statusCode(200)
                .extract().asString();
        assertThat(consult).contains("id=\"finding-" + id + "\"").doesNotContain("/decision");
    }

    // ---------------------------------------------------------------- helpers

    /** Issues the county's red warning once (backdated to E) and answers the enterprise's red order. */
    private static String order(String enterprise) {
        synchronized (ComplianceScenariosTest.class) {
            if (!issued) {
                port = io.restassured.RestAssured.port;
                warning = given().auth().preemptive().basic("duty", "duty").contentType("application/json")
                        .body("""
                                {"regionCode": "%s", "level": "RED", "effectiveFrom": "%s", "reason": "乡宁县红色预警（合规核查测试）"}"""
                                .formatted(COUNTY, TelemetryFeed.TIME.format(E))).post("/api/warnings").then().statusCode(200)
                        .extract().path("id");
                issued = true;
            }
        }
        return await().atMost(Duration.ofSeconds(60)).until(() -> redOrder(enterprise), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> redOrder(String enterprise) {
        List<Map<String, Object>> orders = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .queryParam("kind", "INDUSTRIAL").get("/api/directives").then().statusCode(200).extract().path("$");
        return orders.stream().filter(o -> enterprise.equals(o.get("subject")) && "RED".equals(o.get("level"))
                        && OffsetDateTime.parse((String) o.get("effectiveFrom")).toInstant().equals(E.toInstant()))
                .map(o -> (String) o.get("directiveId")).findFirst();
    }

    /** Every hour of the {@code days} days before the order, day d at HISTORY[d-1] kW. */
    private static void history(String enterprise, String meter, int days) {
        TelemetryFeed.history(enterprise, meter, E, java.util.Arrays.copyOf(HISTORY, days));
    }

    /** Hours E+from … E+to (ends), each at {@code kw}. */
    private static void during(String enterprise, String meter, int from, int to, double kw) {
        TelemetryFeed.hours(enterprise, meter, E, from, to, kw);
    }

    private static void send(String enterprise, String meter, String kind, OffsetDateTime at, double value) {
        TelemetryFeed.send(enterprise, meter, kind, at, value);
    }

    private static void truck(String enterprise, String gate, OffsetDateTime at, String plate, String standard) {
        TelemetryFeed.truck(enterprise, gate, at, plate, standard);
    }

    private static List<Map<String, Object>> findings(String enterprise) {
        return given().auth().preemptive().basic("duty", "duty").queryParam("enterpriseId", enterprise)
                .get("/api/compliance/findings").then().statusCode(200).extract().path("$");
    }

    private static JsonPath awaitFinding(String enterprise, String rule, String meter, java.util.function.Predicate<JsonPath> when) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> finding(enterprise, rule, meter).filter(when), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonPath> finding(String enterprise, String rule, String meter) {
        JsonPath all = given().auth().preemptive().basic("duty", "duty").queryParam("enterpriseId", enterprise)
                .get("/api/compliance/findings").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> list = all.getList("$");
        for (int i = 0; i < list.size(); i++) {
            if (rule.equals(list.get(i).get("rule")) && meter.equals(list.get(i).get("meter"))) {
                return Optional.of(new JsonPath(all.prettify()).setRootPath("[" + i + "]"));
            }
        }
        return Optional.empty();
    }

    /** The types of one finding's events, in order (their ids are the finding's message ids). */
    private static List<String> events(String findingId) {
        String enterprise = findingId.split("-")[2];
        List<Map<String, Object>> all = given().auth().preemptive().basic("duty", "duty").queryParam("enterpriseId", enterprise)
                .queryParam("limit", 1000).get("/api/events").then().statusCode(200).extract().path("events");
        return all.stream().filter(e -> ((String) e.get("id")).startsWith(findingId + ":v")).map(e -> (String) e.get("type")).toList();
    }

    private List<JsonNode> published(String enterprise, String findingId) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        for (var r : Infra.readAll(FindingStore.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            if (enterprise.equals(r.key())) {
                schemas.parse(FindingStore.TOPIC, r.value());
                JsonNode m = JSON.readTree(r.value());
                if (m.at("/finding/findingId").asText().equals(findingId)) {
                    mine.add(m);
                }
            }
        }
        return mine;
    }

    /** Verdicts stored for one order, rule and meter (compliance's own table: what the review counts). */
    private static int verdicts(String order, String rule, String meter, String verdict) throws Exception {
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM compliance_hour WHERE directive_id = ? AND rule = ? AND meter = ? AND verdict = ?")) {
            s.setString(1, order);
            s.setString(2, rule);
            s.setString(3, meter);
            s.setString(4, verdict);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
