package org.lantian.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.directive.DirectiveOverdue;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * One whole episode in 乡宁县 (141028) on real Kafka and PostgreSQL, and every kind of event it leaves in the log
 * with its actor and subject ids: forecast received, region AQI category change, proposal, issue, effective level,
 * orders, acknowledgements (REST and Kafka), escalation, adjust, lift, a list import, hourly rejected-input counts.
 * Then the episode's timeline, and the consultation brief in the middle of the episode.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class EpisodeEventsTest {

    static final String COUNTY = "141028";
    static final String STATION = "141028-01";
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    DirectiveOverdue overdue;

    @Inject
    RejectedInput rejected;

    @Test
    void aWholeEpisodeIsInTheLogTheTimelineAndTheBrief() throws Exception {
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS);

        // readings: a clean hour, then a heavily polluted one → the county's category changes (优 → 重度污染)
        Infra.send("aq.monitoring.readings.v1", STATION, reading(hour.minusHours(3), 20));
        Infra.send("aq.monitoring.readings.v1", STATION, reading(hour.minusHours(2), 160));
        Map<String, Object> category = await().atMost(Duration.ofSeconds(60))
                .until(() -> one("AQI_CATEGORY_CHANGED", COUNTY, null), e -> e != null);
        assertThat(category.get("regionCode")).isEqualTo(COUNTY);
        assertThat(category.get("actor")).isNull();
        assertThat(payload(category)).containsEntry("previousLevel", 1).containsEntry("level", 5)
                .containsEntry("hour", hour.minusHours(2).format(ISO));

        // a forecast of three days above 200 → FORECAST_RECEIVED (actor: its issuer) and an ORANGE proposal
        Infra.send("aq.monitoring.forecasts.v1", COUNTY, forecast(hour, 260, 240, 230));
        Map<String, Object> received = await().atMost(Duration.ofSeconds(30))
                .until(() -> one("FORECAST_RECEIVED", COUNTY, null), e -> e != null);
        assertThat(received.get("actor")).isEqualTo("临汾市环境监测站");
        assertThat(payload(received)).containsEntry("revision", 1);
        assertThat(((Number) payload(received).get("maxAqi")).doubleValue()).isEqualTo(260.0);
        String proposalId = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().preemptive().basic("consult", "consult")
                .queryParam("regionCode", COUNTY).get("/api/warnings/proposals").then().statusCode(200)
                .extract().jsonPath().<String>getList("id").stream().findFirst().orElse(null), id -> id != null);
        // one shape per concept: the brief shows the open proposal exactly as the proposals endpoint does
        Map<String, Object> listedProposal = given().auth().preemptive().basic("consult", "consult").queryParam("regionCode", COUNTY)
                .get("/api/warnings/proposals").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.id == '" + proposalId + "' }");
        Map<String, Object> briefProposal = given().auth().preemptive().basic("consult", "consult").get("/api/consultation/brief")
                .then().statusCode(200).extract().jsonPath()
                .getMap("regions.find { it.regionCode == '" + COUNTY + "' }.openProposals.find { it.id == '" + proposalId + "' }");
        assertThat(briefProposal).isNotNull().isEqualTo(listedProposal);
        Map<String, Object> proposed = one("PROPOSED", COUNTY, proposalId);
        assertThat(proposed.get("actor")).isEqualTo("system");
        assertThat(payload(proposed)).containsEntry("level", "ORANGE");

        // issue from the proposal → ISSUED (duty), EFFECTIVE_LEVEL_CHANGED, one DIRECTIVE_ISSUED per order
        List<String> enterprises = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().jsonPath().getList("enterpriseId");
        int n = enterprises.size();
        assertThat(n).isGreaterThan(3);
        String warning = post("duty", "duty", "/api/warnings", """
                {"regionCode": "%s", "level": "ORANGE", "reason": "会商研判：乡宁县启动橙色预警", "proposalId": "%s"}"""
                .formatted(COUNTY, proposalId)).statusCode(200).extract().path("id");
        Map<String, Object> issued = one("ISSUED", COUNTY, warning);
        assertThat(issued.get("actor")).isEqualTo("duty");
        assertThat(payload(issued)).containsEntry("proposalId", proposalId);
        assertThat(one("EFFECTIVE_LEVEL_CHANGED", COUNTY, warning)).isNotNull();
        List<Map<String, Object>> starts = await().atMost(Duration.ofSeconds(30))
                .until(() -> orders(warning, "START"), l -> l.size() == n + 2);
        Map<String, Object> firstOrder = starts.stream().filter(e -> enterprises.get(0).equals(e.get("enterpriseId")))
                .findFirst().orElseThrow();
        String directive = (String) firstOrder.get("directiveId");
        assertThat(firstOrder.get("actor")).isEqualTo("system");
        assertThat(firstOrder.get("warningId")).isEqualTo(warning);
        assertThat(payload(firstOrder)).containsEntry("level", "ORANGE").containsKey("measuresSha256");
        assertThat(starts.stream().filter(e -> e.get("enterpriseId") == null).map(e -> payload(e).get("kind")))
                .containsExactlyInAnyOrder("VEHICLE", "CONSTRUCTION");
        // an enterprise's history: filter by enterprise
        assertThat(list(Map.of("enterpriseId", enterprises.get(0))).stream().map(e -> e.get("directiveId")))
                .contains(directive);

        // acknowledgements: by REST (the signed-in enterprise) and by Kafka (the person named in it)
        post(enterprises.get(0), "enterprise", "/api/directives/" + directive + "/ack", "").statusCode(200);
        post(enterprises.get(0), "enterprise", "/api/directives/" + directive + "/ack", "").statusCode(200);
        String second = starts.stream().filter(e -> enterprises.get(1).equals(e.get("enterpriseId")))
                .map(e -> (String) e.get("directiveId")).findFirst().orElseThrow();
        Infra.send("aq.directive.acks.v1", enterprises.get(1), """
                {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "%s", "by": "值班厂长"}"""
                .formatted(second, enterprises.get(1), OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(ISO)));
        Map<String, Object> restAck = one("DIRECTIVE_ACKNOWLEDGED", COUNTY, warning, directive);
        assertThat(restAck.get("actor")).isEqualTo(enterprises.get(0));
        assertThat(restAck.get("enterpriseId")).isEqualTo(enterprises.get(0));
        assertThat(payload(restAck)).containsEntry("via", "http");
        Map<String, Object> kafkaAck = await().atMost(Duration.ofSeconds(30))
                .until(() -> one("DIRECTIVE_ACKNOWLEDGED", COUNTY, warning, second), e -> e != null);
        assertThat(kafkaAck.get("actor")).isEqualTo("值班厂长");
        assertThat(payload(kafkaAck)).containsEntry("via", "kafka");
        assertThat(list(Map.of("type", "DIRECTIVE_ACKNOWLEDGED", "warningId", warning))).hasSize(2);

        // one order past its deadline → DIRECTIVE_OVERDUE, once
        String late = starts.stream().filter(e -> enterprises.get(2).equals(e.get("enterpriseId")))
                .map(e -> (String) e.get("directiveId")).findFirst().orElseThrow();
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE directive SET ack_deadline = now() - interval '1 minute' WHERE id = '" + late + "'");
        }
        overdue.escalate().await().atMost(Duration.ofSeconds(10));
        overdue.escalate().await().atMost(Duration.ofSeconds(10));
        Map<String, Object> escalation = one("DIRECTIVE_OVERDUE", COUNTY, warning, late);
        assertThat(escalation.get("enterpriseId")).isEqualTo(enterprises.get(2));
        assertThat(escalation.get("actor")).isEqualTo("system");
        assertThat(list(Map.of("type", "DIRECTIVE_OVERDUE", "warningId", warning))).hasSize(1);

        // adjust up → ADJUSTED with the reason; CHANGE orders
        post("duty", "duty", "/api/warnings/" + warning + "/adjust", """
                {"level": "RED", "version": 1, "reason": "会商研判：升级为红色"}""").statusCode(200);
        assertThat(payload(one("ADJUSTED", COUNTY, warning))).containsEntry("level", "RED");
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(warning, "CHANGE"), l -> l.size() == n + 2);

        // the brief in the middle of the episode: JSON and printable HTML
        JsonPath brief = given().auth().preemptive().basic("consult", "consult").get("/api/consultation/brief").then()
                .statusCode(200).extract().jsonPath();
        String county = "regions.find { it.regionCode == '" + COUNTY + "' }";
        assertThat(brief.getString(county + ".effectiveLevel.level")).isEqualTo("RED");
        assertThat(brief.getString(county + ".activeWarnings[0].id")).isEqualTo(warning);
        assertThat(brief.getString(county + ".activeWarnings[0].level")).isEqualTo("RED");
        // START and CHANGE of this episode, and any seasonal (staggered-production) orders of the county
        assertThat(brief.getInt(county + ".orders.issuedLast24h")).isEqualTo(countOrders("issued_at > now() - interval '24 hours'"))
                .isGreaterThanOrEqualTo(2 * (n + 2));
        assertThat(brief.getInt(county + ".orders.acknowledged")).isEqualTo(2);
        assertThat(brief.getInt(county + ".overdueCount")).isEqualTo(1);
        assertThat(brief.getString(county + ".overdueOrders[0].directiveId")).isEqualTo(late);
        // the warning as it stands (adjusted to RED, version 2), and the overdue order exactly as the order list shows it
        assertThat(brief.getString(county + ".activeWarnings[0].status")).isEqualTo("ACTIVE");
        assertThat(brief.getInt(county + ".activeWarnings[0].version")).isEqualTo(2);
        assertThat(brief.getMap(county + ".overdueOrders[0]")).isEqualTo(given().auth().preemptive().basic("duty", "duty")
                .queryParam("warningId", warning).get("/api/directives").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.directiveId == '" + late + "' }"));
        assertThat(brief.getDouble(county + ".latestForecast.periods[0].aqi")).isEqualTo(260.0);
        assertThat(brief.getList(county + ".aqiLast24h.aqi")).contains(brief.getInt(county + ".aqiLast24h[-1].aqi"));
        assertThat(brief.getString("summary.highestEffectiveLevel")).isEqualTo("RED");
        String html = given().auth().preemptive().basic("consult", "consult").accept("text/html").get("/api/consultation/brief")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("<!DOCTYPE html>").contains(COUNTY).contains(warning).contains(late).contains("红色");
        given().auth().preemptive().basic("consult", "consult").queryParam("date", "28.11.2026").get("/api/consultation/brief")
                .then().statusCode(400).body("field", equalTo("date"));
        given().auth().preemptive().basic(enterprises.get(0), "enterprise").get("/api/consultation/brief").then().statusCode(403);

        // lift with an override (the forecast is still high) → LIFTED with the override, END orders
        post("duty", "duty", "/api/warnings/" + warning + "/lift", """
                {"version": 2, "reason": "会商研判：解除", "overrideReason": "上级通知提前解除"}""").statusCode(200);
        Map<String, Object> lifted = one("LIFTED", COUNTY, warning);
        assertThat(lifted.get("actor")).isEqualTo("duty");
        assertThat(payload(lifted).toString()).contains("上级通知提前解除");
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(warning, "END"), l -> l.size() == n + 2);

        // the timeline: proposal → issue → adjust → lift, with the AQI series and the order counts
        JsonPath timeline = given().auth().preemptive().basic("consult", "consult").get("/api/warnings/" + warning + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        List<String> types = timeline.getList("events.type");
        assertThat(types.stream().filter(t -> !t.equals("EFFECTIVE_LEVEL_CHANGED")).toList())
                .containsSubsequence("PROPOSED", "ISSUED", "ADJUSTED", "LIFTED");
        assertThat(types.indexOf("PROPOSED")).isZero();
        assertThat(timeline.getList("events.findAll { it.type == 'EFFECTIVE_LEVEL_CHANGED' }.payload.level"))
                .containsExactly("ORANGE", "RED", "NONE");
        assertThat(timeline.getString("events[0].warningId")).isEqualTo(proposalId);
        assertThat(timeline.getString("warning.id")).isEqualTo(warning);
        assertThat(timeline.getBoolean("ongoing")).isFalse();
        assertThat(timeline.getInt("directives.total")).isEqualTo(3 * (n + 2));
        assertThat(timeline.getInt("directives.acknowledged")).isEqualTo(2);
        assertThat(timeline.getInt("directives.escalated")).isEqualTo(1);
        assertThat(timeline.getInt("directives.byKindAndAction.INDUSTRIAL.END")).isEqualTo(n);
        assertThat(timeline.getInt("directives.byKindAndAction.VEHICLE.START")).isEqualTo(1);
        assertThat(timeline.getList("regionAqi.level", Integer.class)).contains(1, 5);
        given().auth().preemptive().basic("consult", "consult").get("/api/warnings/NO-SUCH/timeline").then().statusCode(404);

        // a list import (the active list again, as a new version) → REDUCTION_LIST_IMPORTED by the signed-in user
        String csv = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list").then()
                .statusCode(200).extract().asString();
        int version = given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/reduction-list").then().statusCode(200).extract().path("version");
        Map<String, Object> imported = list(Map.of("type", "REDUCTION_LIST_IMPORTED")).stream()
                .filter(e -> ("reduction-list:" + version).equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(imported.get("actor")).isEqualTo("admin");
        assertThat(payload(imported)).containsEntry("version", version).containsKey("csvSha256");

        // rejected input: counted per hour, topic and reason; logged once the hour is over
        Infra.send("aq.monitoring.forecasts.v1", "149999", forecast(hour, 100).replace(COUNTY, "149999"));
        Infra.send("aq.monitoring.forecasts.v1", "149999", forecast(hour, 100).replace(COUNTY, "149999"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection c = Infra.db(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT coalesce(sum(count), 0) FROM rejected_input_hour WHERE topic = "
                         + "'aq.monitoring.forecasts.v1' AND reason = 'unknown-region'")) {
                rs.next();
                return rs.getLong(1) >= 2;
            }
        });
        assertThat(rejected.digest(OffsetDateTime.now().plusHours(2)).await().atMost(Duration.ofSeconds(10))).isPositive();
        Map<String, Object> counted = list(Map.of("type", "INPUT_REJECTED")).stream()
                .filter(e -> payload(e).get("topic").equals("aq.monitoring.forecasts.v1")
                        && payload(e).get("reason").equals("unknown-region")).reduce((a, b) -> b).orElseThrow();
        assertThat(counted.get("actor")).isEqualTo("system");
        assertThat(((Number) payload(counted).get("hourTotal")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(rejected.digest(OffsetDateTime.now().plusHours(2)).await().atMost(Duration.ofSeconds(10))).isZero();

        // and the whole log still verifies
        given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    // --- helpers ---

    private static String reading(OffsetDateTime at, double pm25) {
        return """
                {"stationCode": "%s", "observedAt": "%s", "pm25": %s, "pm10": 30.0, "so2": 5.0, "no2": 10.0, "co": 0.3, "o3": 20.0}"""
                .formatted(STATION, at.format(ISO), pm25);
    }

    private static String forecast(OffsetDateTime hour, int... aqi) {
        List<String> periods = new ArrayList<>();
        for (int d = 0; d < aqi.length; d++) {
            periods.add("""
                    {"from": "%s", "to": "%s", "aqi": %d, "primaryPollutant": "PM2.5"}"""
                    .formatted(hour.plusHours(24L * d).format(ISO), hour.plusHours(24L * (d + 1)).format(ISO), aqi[d]));
        }
        String issued = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusSeconds(1).format(ISO);
        return """
                {"regionCode": "%s", "issuedAt": "%s", "issuer": "临汾市环境监测站", "periods": [%s]}"""
                .formatted(COUNTY, issued, String.join(",", periods));
    }

    private static int countOrders(String condition) throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM directive WHERE region_code = '" + COUNTY + "' AND " + condition)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static ValidatableResponse post(String user, String password, String path, String body) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** All events of a filter, following the keyset pages. */
    static List<Map<String, Object>> list(Map<String, String> filter) {
        List<Map<String, Object>> all = new ArrayList<>();
        Long after = 0L;
        while (after != null) {
            JsonPath page = given().auth().preemptive().basic("consult", "consult").queryParams(filter)
                    .queryParam("after", after).queryParam("limit", 1000).get("/api/events").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("events"));
            after = page.get("next") == null ? null : page.getLong("next");
        }
        return all;
    }

    private static Map<String, Object> one(String type, String region, String warning) {
        return one(type, region, warning, null);
    }

    /** The single event of a type for a region (and warning, directive); null if none, fails if several. */
    private static Map<String, Object> one(String type, String region, String warning, String directive) {
        List<Map<String, Object>> found = list(warning == null ? Map.of("type", type, "regionCode", region)
                : Map.of("type", type, "regionCode", region, "warningId", warning)).stream()
                .filter(e -> directive == null || directive.equals(e.get("directiveId"))).toList();
        assertThat(found).as(type + " events").hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Map<String, Object>> orders(String warning, String action) {
        return list(Map.of("type", "DIRECTIVE_ISSUED", "warningId", warning)).stream()
                .filter(e -> action.equals(payload(e).get("action"))).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> event) {
        return (Map<String, Object>) event.get("payload");
    }
}
