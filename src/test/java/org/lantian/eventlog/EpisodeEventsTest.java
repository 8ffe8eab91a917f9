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
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantian.directive.DirectiveOverdue;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.MovableClock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * One whole episode in 乡宁县 (141028) on real Kafka and PostgreSQL, and every kind of event it leaves in the log
 * with its actor and subject ids — one scenario per behaviour: region AQI category change, forecast received and
 * proposal, issue with its effective level and orders, acknowledgements (REST and Kafka), escalation when the clock
 * passes the deadline, adjust, the consultation brief in the middle of the episode, lift, the timeline, a list import,
 * hourly rejected-input counts, and the chain still verifying.
 *
 * <p>The episode is one story, so its stages are built once, on demand ({@link #proposed()}, {@link #issued()}, …:
 * a scenario run alone builds what it needs) and the scenarios run in the story's order. Time moves only through the
 * application's {@link MovableClock}, as far as a scenario needs, and is reset after each (it is the whole
 * application's clock: like {@code OverdueEscalationTest}, other tests' pending orders may be escalated meanwhile).
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpisodeEventsTest {

    static final String COUNTY = "141028";
    static final String STATION = "141028-01";
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final OffsetDateTime HOUR = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS);

    @Inject
    DirectiveOverdue overdue;

    @Inject
    RejectedInput rejected;

    @Inject
    MovableClock clock;

    /** The episode as far as it has been built (each stage once per run). */
    private static String proposalId;
    private static String warning;
    private static List<String> enterprises;
    private static List<Map<String, Object>> starts;
    private static OffsetDateTime startDeadline;
    private static boolean acknowledged;
    private static boolean escalated;
    private static boolean adjusted;
    private static boolean lifted;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void readingsThatChangeTheCountysCategoryAreLoggedWithoutAnActor() {
        // a clean hour, then a heavily polluted one → the county's category changes (优 → 重度污染)
        Infra.send("aq.monitoring.readings.v1", STATION, reading(HOUR.minusHours(3), 20));
        Infra.send("aq.monitoring.readings.v1", STATION, reading(HOUR.minusHours(2), 160));
        Map<String, Object> category = await().atMost(Duration.ofSeconds(60))
                .until(() -> one("AQI_CATEGORY_CHANGED", COUNTY, null), e -> e != null);
        assertThat(category.get("regionCode")).isEqualTo(COUNTY);
        assertThat(category.get("actor")).isNull();
        assertThat(payload(category)).containsEntry("previousLevel", 1).containsEntry("level", 5)
                .containsEntry("hour", HOUR.minusHours(2).format(ISO));
    }

    @Test
    @Order(2)
    void aForecastIsLoggedWithItsIssuerAndItsProposalByTheSystemAsTheBriefShowsIt() {
        proposed();
        Map<String, Object> received = one("FORECAST_RECEIVED", COUNTY, null);
        assertThat(received.get("actor")).isEqualTo("临汾市环境监测站");
        assertThat(payload(received)).containsEntry("revision", 1);
        assertThat(((Number) payload(received).get("maxAqi")).doubleValue()).isEqualTo(260.0);
        Map<String, Object> proposed = one("PROPOSED", COUNTY, proposalId);
        assertThat(proposed.get("actor")).isEqualTo("system");
        assertThat(payload(proposed)).containsEntry("level", "ORANGE");
        // one shape per concept: the brief shows the open proposal exactly as the proposals endpoint does
        Map<String, Object> listedProposal = given().auth().preemptive().basic("consult", "consult").queryParam("regionCode", COUNTY)
                .get("/api/warnings/proposals").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.id == '" + proposalId + "' }");
        Map<String, Object> briefProposal = given().auth().preemptive().basic("consult", "consult").get("/api/consultation/brief")
                .then().statusCode(200).extract().jsonPath()
                .getMap("regions.find { it.regionCode == '" + COUNTY + "' }.openProposals.find { it.id == '" + proposalId + "' }");
        assertThat(briefProposal).isNotNull().isEqualTo(listedProposal);
    }

    @Test
    @Order(3)
    void anIssueIsLoggedWithItsOfficerItsEffectiveLevelAndOneEventPerOrder() {
        issued();
        int n = enterprises.size();
        Map<String, Object> issued = one("ISSUED", COUNTY, warning);
        assertThat(issued.get("actor")).isEqualTo("duty");
        assertThat(payload(issued)).containsEntry("proposalId", proposalId);
        assertThat(list(Map.of("type", "EFFECTIVE_LEVEL_CHANGED", "regionCode", COUNTY, "warningId", warning)))
                .extracting(e -> payload(e).get("level")).contains("ORANGE");
        assertThat(starts).hasSize(n + 2);
        Map<String, Object> firstOrder = start(0);
        assertThat(firstOrder.get("actor")).isEqualTo("system");
        assertThat(firstOrder.get("warningId")).isEqualTo(warning);
        assertThat(payload(firstOrder)).containsEntry("level", "ORANGE").containsKey("measuresSha256");
        assertThat(starts.stream().filter(e -> e.get("enterpriseId") == null).map(e -> payload(e).get("kind")))
                .containsExactlyInAnyOrder("VEHICLE", "CONSTRUCTION");
        // an enterprise's history: filter by enterprise
        assertThat(list(Map.of("enterpriseId", enterprises.get(0))).stream().map(e -> e.get("directiveId")))
                .contains(firstOrder.get("directiveId"));
    }

    @Test
    @Order(4)
    void acknowledgementsAreLoggedOnceWithTheirActorByHttpAndByKafka() {
        acknowledged();
        String directive = (String) start(0).get("directiveId");
        String second = (String) start(1).get("directiveId");
        Map<String, Object> restAck = one("DIRECTIVE_ACKNOWLEDGED", COUNTY, warning, directive);
        assertThat(restAck.get("actor")).isEqualTo(enterprises.get(0));
        assertThat(restAck.get("enterpriseId")).isEqualTo(enterprises.get(0));
        assertThat(payload(restAck)).containsEntry("via", "http");
        Map<String, Object> kafkaAck = one("DIRECTIVE_ACKNOWLEDGED", COUNTY, warning, second);
        assertThat(kafkaAck.get("actor")).isEqualTo("值班厂长");
        assertThat(payload(kafkaAck)).containsEntry("via", "kafka");
        // the REST acknowledgement was sent twice: logged once
        assertThat(list(Map.of("type", "DIRECTIVE_ACKNOWLEDGED", "warningId", warning))).hasSize(2);
    }

    @Test
    @Order(5)
    void ordersStillUnacknowledgedWhenTheClockPassesTheirDeadlineAreEscalatedOnce() {
        escalated();
        // a second escalation round at the same time finds nothing more
        clock.advanceTo(startDeadline.plusSeconds(1).toInstant());
        assertThat(overdue.escalate().await().atMost(Duration.ofSeconds(10))).isZero();
        List<Map<String, Object>> escalations = list(Map.of("type", "DIRECTIVE_OVERDUE", "warningId", warning));
        assertThat(escalations).extracting(e -> e.get("directiveId")).containsExactlyInAnyOrderElementsOf(unacknowledgedStarts());
        Map<String, Object> late = one("DIRECTIVE_OVERDUE", COUNTY, warning, (String) start(2).get("directiveId"));
        assertThat(late.get("enterpriseId")).isEqualTo(enterprises.get(2));
        assertThat(late.get("actor")).isEqualTo("system");
        // stamped with the clock's time, not the database's
        assertThat(OffsetDateTime.parse((String) late.get("at"))).isAfter(startDeadline).isBefore(startDeadline.plusMinutes(1));
    }

    @Test
    @Order(6)
    void anAdjustmentIsLoggedWithItsLevelAndChangesEveryOrder() {
        adjusted();
        assertThat(payload(one("ADJUSTED", COUNTY, warning))).containsEntry("level", "RED");
        assertThat(orders(warning, "CHANGE")).hasSize(enterprises.size() + 2);
    }

    @Test
    @Order(7)
    void theBriefInTheMiddleOfTheEpisodeShowsTheLevelTheOrdersAndTheOverdueOnes() throws Exception {
        adjusted();
        // the brief as of a second past the START orders' deadline: those not acknowledged are overdue then
        clock.advanceTo(startDeadline.plusSeconds(1).toInstant());
        OffsetDateTime asOf = OffsetDateTime.now(clock);
        int n = enterprises.size();
        JsonPath brief = given().auth().preemptive().basic("consult", "consult").get("/api/consultation/brief").then()
                .statusCode(200).extract().jsonPath();
        String county = "regions.find { it.regionCode == '" + COUNTY + "' }";
        assertThat(brief.getString(county + ".effectiveLevel.level")).isEqualTo("RED");
        assertThat(brief.getString(county + ".activeWarnings[0].id")).isEqualTo(warning);
        assertThat(brief.getString(county + ".activeWarnings[0].level")).isEqualTo("RED");
        // START and CHANGE of this episode, and any seasonal (staggered-production) orders of the county
        assertThat(brief.getInt(county + ".orders.issuedLast24h")).isEqualTo(ordersIssuedInTheDayTo(asOf))
                .isGreaterThanOrEqualTo(2 * (n + 2));
        assertThat(brief.getInt(county + ".orders.acknowledged")).isEqualTo(2);
        // overdue then: this episode's unacknowledged START orders (its CHANGE orders were issued later, their deadline is
        // still ahead) and perhaps seasonal orders of the county; the first 50 are listed
        // (deadlines are whole seconds: a CHANGE issued within a second of its START shares the START's deadline second,
        // so which of this warning's orders are overdue is read off the order list by the brief's rule, deadline <= asOf)
        List<String> overdueOfOurs = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", warning)
                .get("/api/directives").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(o -> o.get("ackedAt") == null && !OffsetDateTime.parse((String) o.get("ackDeadline")).isAfter(asOf))
                .map(o -> (String) o.get("directiveId")).toList();
        assertThat(overdueOfOurs).containsAll(unacknowledgedStarts());
        int overdueCount = brief.getInt(county + ".overdueCount");
        assertThat(overdueCount).isGreaterThanOrEqualTo(overdueOfOurs.size());
        List<Map<String, Object>> listed = brief.getList(county + ".overdueOrders");
        assertThat(listed).hasSize(Math.min(50, overdueCount));
        List<Map<String, Object>> ours = listed.stream().filter(o -> warning.equals(o.get("warningId"))).toList();
        assertThat(ours).isNotEmpty().allSatisfy(o -> assertThat(overdueOfOurs).contains((String) o.get("directiveId")));
        // the warning as it stands (adjusted to RED, version 2), and an overdue order exactly as the order list shows it
        assertThat(brief.getString(county + ".activeWarnings[0].status")).isEqualTo("ACTIVE");
        assertThat(brief.getInt(county + ".activeWarnings[0].version")).isEqualTo(2);
        String late = (String) ours.get(0).get("directiveId");
        assertThat(ours.get(0)).isEqualTo(given().auth().preemptive().basic("duty", "duty")
                .queryParam("warningId", warning).get("/api/directives").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.directiveId == '" + late + "' }"));
        assertThat(brief.getDouble(county + ".latestForecast.periods[0].aqi")).isEqualTo(260.0);
        assertThat(brief.getList(county + ".aqiLast24h.aqi")).contains(brief.getInt(county + ".aqiLast24h[-1].aqi"));
        assertThat(brief.getString("summary.highestEffectiveLevel")).isEqualTo("RED");
        String html = given().auth().preemptive().basic("consult", "consult").accept("text/html").get("/api/consultation/brief")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("<!DOCTYPE html>").contains(COUNTY).contains(warning).contains(late).contains("红色");
    }

    @Test
    @Order(8)
    void theBriefRefusesABadDateNamingItAndAnEnterprise() {
        issued();
        given().auth().preemptive().basic("consult", "consult").queryParam("date", "28.11.2026").get("/api/consultation/brief")
                .then().statusCode(400).body("field", equalTo("date"));
        given().auth().preemptive().basic(enterprises.get(0), "enterprise").get("/api/consultation/brief").then().statusCode(403);
    }

    @Test
    @Order(9)
    void aLiftWithAnOverrideIsLoggedWithTheOverrideAndEndsEveryOrder() {
        lifted();
        Map<String, Object> liftedEvent = one("LIFTED", COUNTY, warning);
        assertThat(liftedEvent.get("actor")).isEqualTo("duty");
        assertThat(payload(liftedEvent).toString()).contains("上级通知提前解除");
        assertThat(orders(warning, "END")).hasSize(enterprises.size() + 2);
    }

    @Test
    @Order(10)
    void theTimelineRunsFromTheProposalToTheLiftWithTheAqiAndTheOrderCounts() {
        lifted();
        int n = enterprises.size();
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
        assertThat(timeline.getInt("directives.escalated")).isEqualTo(unacknowledgedStarts().size());
        assertThat(timeline.getInt("directives.byKindAndAction.INDUSTRIAL.END")).isEqualTo(n);
        assertThat(timeline.getInt("directives.byKindAndAction.VEHICLE.START")).isEqualTo(1);
        assertThat(timeline.getList("regionAqi.level", Integer.class)).contains(1, 5);
        given().auth().preemptive().basic("consult", "consult").get("/api/warnings/NO-SUCH/timeline").then().statusCode(404);
    }

    @Test
    @Order(11)
    void aListImportIsLoggedWithTheSignedInUser() {
        // the active list again, as a new version
        String csv = given().auth().preemptive().basic("admin", "admin").accept("text/csv").get("/api/reduction-list").then()
                .statusCode(200).extract().asString();
        int version = given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/reduction-list").then().statusCode(200).extract().path("version");
        Map<String, Object> imported = list(Map.of("type", "REDUCTION_LIST_IMPORTED")).stream()
                .filter(e -> ("reduction-list:" + version).equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(imported.get("actor")).isEqualTo("admin");
        assertThat(payload(imported)).containsEntry("version", version).containsKey("csvSha256");
    }

    @Test
    @Order(12)
    void rejectedInputIsCountedPerHourAndLoggedOnceTheHourIsOver() {
        Infra.send("aq.monitoring.forecasts.v1", "149999", forecast(HOUR, 100).replace(COUNTY, "149999"));
        Infra.send("aq.monitoring.forecasts.v1", "149999", forecast(HOUR, 100).replace(COUNTY, "149999"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection c = Infra.db(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT coalesce(sum(count), 0) FROM rejected_input_hour WHERE topic = "
                         + "'aq.monitoring.forecasts.v1' AND reason = 'unknown-region'")) {
                rs.next();
                return rs.getLong(1) >= 2;
            }
        });
        // the digest logs hours that are over by the clock: two hours on, this one is
        clock.advance(Duration.ofHours(2));
        assertThat(rejected.digest(OffsetDateTime.now(clock)).await().atMost(Duration.ofSeconds(10))).isPositive();
        Map<String, Object> counted = list(Map.of("type", "INPUT_REJECTED")).stream()
                .filter(e -> payload(e).get("topic").equals("aq.monitoring.forecasts.v1")
                        && payload(e).get("reason").equals("unknown-region")).reduce((a, b) -> b).orElseThrow();
        assertThat(counted.get("actor")).isEqualTo("system");
        assertThat(((Number) payload(counted).get("hourTotal")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(rejected.digest(OffsetDateTime.now(clock)).await().atMost(Duration.ofSeconds(10))).isZero();
    }

    @Test
    @Order(13)
    void theWholeLogStillVerifies() {
        given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    // --- the episode's stages, each built once ---

    /** A forecast of three days above 200 → FORECAST_RECEIVED and an ORANGE proposal. */
    private static synchronized void proposed() {
        if (proposalId != null) {
            return;
        }
        Infra.send("aq.monitoring.forecasts.v1", COUNTY, forecast(HOUR, 260, 240, 230));
        await().atMost(Duration.ofSeconds(30)).until(() -> one("FORECAST_RECEIVED", COUNTY, null), e -> e != null);
        proposalId = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().preemptive().basic("consult", "consult")
                .queryParam("regionCode", COUNTY).get("/api/warnings/proposals").then().statusCode(200)
                .extract().jsonPath().<String>getList("id").stream().findFirst().orElse(null), id -> id != null);
    }

    /** Issued from the proposal → ISSUED, EFFECTIVE_LEVEL_CHANGED, one DIRECTIVE_ISSUED (START) per order. */
    private static synchronized void issued() {
        if (warning != null) {
            return;
        }
        proposed();
        enterprises = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().jsonPath().getList("enterpriseId");
        assertThat(enterprises.size()).isGreaterThan(3);
        String id = post("duty", "duty", "/api/warnings", """
                {"regionCode": "%s", "level": "ORANGE", "reason": "会商研判：乡宁县启动橙色预警", "proposalId": "%s"}"""
                .formatted(COUNTY, proposalId)).statusCode(200).extract().path("id");
        starts = await().atMost(Duration.ofSeconds(30)).until(() -> orders(id, "START"), l -> l.size() == enterprises.size() + 2);
        Set<OffsetDateTime> deadlines = given().auth().preemptive().basic("duty", "duty").queryParam("warningId", id)
                .get("/api/directives").then().statusCode(200).extract().jsonPath().<String>getList("ackDeadline").stream()
                .map(OffsetDateTime::parse).collect(Collectors.toSet());
        assertThat(deadlines).as("one change, one issue time, one deadline").hasSize(1);
        startDeadline = deadlines.iterator().next();
        warning = id;
    }

    /** The first enterprise acknowledges over REST (twice), the second over Kafka (the person named in it). */
    private static synchronized void acknowledged() {
        if (acknowledged) {
            return;
        }
        issued();
        String directive = (String) start(0).get("directiveId");
        post(enterprises.get(0), "enterprise", "/api/directives/" + directive + "/ack", "").statusCode(200);
        post(enterprises.get(0), "enterprise", "/api/directives/" + directive + "/ack", "").statusCode(200);
        String second = (String) start(1).get("directiveId");
        Infra.send("aq.directive.acks.v1", enterprises.get(1), """
                {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "%s", "by": "值班厂长"}"""
                .formatted(second, enterprises.get(1), OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(ISO)));
        await().atMost(Duration.ofSeconds(30)).until(() -> one("DIRECTIVE_ACKNOWLEDGED", COUNTY, warning, second), e -> e != null);
        acknowledged = true;
    }

    /** The clock a second past the START orders' deadline: the escalation round escalates every unacknowledged one. */
    private synchronized void escalated() {
        if (escalated) {
            return;
        }
        acknowledged();
        clock.advanceTo(startDeadline.plusSeconds(1).toInstant());
        try {
            overdue.escalate().await().atMost(Duration.ofSeconds(10));
        } finally {
            clock.reset();
        }
        escalated = true;
    }

    /** Adjusted up to RED → ADJUSTED, CHANGE orders. */
    private synchronized void adjusted() {
        if (adjusted) {
            return;
        }
        escalated();
        post("duty", "duty", "/api/warnings/" + warning + "/adjust", """
                {"level": "RED", "version": 1, "reason": "会商研判：升级为红色"}""").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(warning, "CHANGE"), l -> l.size() == enterprises.size() + 2);
        adjusted = true;
    }

    /** Lifted with an override (the forecast is still high) → LIFTED, END orders. */
    private synchronized void lifted() {
        if (lifted) {
            return;
        }
        adjusted();
        post("duty", "duty", "/api/warnings/" + warning + "/lift", """
                {"version": 2, "reason": "会商研判：解除", "overrideReason": "上级通知提前解除"}""").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(warning, "END"), l -> l.size() == enterprises.size() + 2);
        lifted = true;
    }

    /** The START order event of the i-th listed enterprise. */
    private static Map<String, Object> start(int i) {
        return starts.stream().filter(e -> enterprises.get(i).equals(e.get("enterpriseId"))).findFirst().orElseThrow();
    }

    /** The START orders nobody acknowledged: every order but the first two enterprises'. */
    private static List<String> unacknowledgedStarts() {
        Set<Object> acked = Set.of(start(0).get("directiveId"), start(1).get("directiveId"));
        return starts.stream().map(e -> (String) e.get("directiveId")).filter(id -> !acked.contains(id)).toList();
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

    /** The county's orders issued in the 24 hours to {@code asOf} (the brief's window), counted in the table. */
    private static int ordersIssuedInTheDayTo(OffsetDateTime asOf) throws Exception {
        try (Connection c = Infra.db(); var s = c.prepareStatement("SELECT count(*) FROM directive WHERE region_code = ? "
                + "AND issued_at > ? AND issued_at <= ?")) {
            s.setString(1, COUNTY);
            s.setObject(2, asOf.minusHours(24));
            s.setObject(3, asOf);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
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
