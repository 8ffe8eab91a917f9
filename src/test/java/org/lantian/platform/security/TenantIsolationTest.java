package org.lantian.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Tenants confined to their own, for real: a county warning each for 洪洞县 (141024) and 汾西县 (141034) gives every
 * listed enterprise there its orders; then enterprises and county officers reach for each other's.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class TenantIsolationTest {

    private static final String HONGTONG = "141024";
    private static final String FENXI = "141034";

    private static int port;
    /** warning id per county, issued once for the class */
    private static final Map<String, String> WARNINGS = new LinkedHashMap<>();

    /** An order as stored: id, addressee, kind and what has been recorded about its receipt. */
    private record Order(String id, String subject, String kind, Object ackedAt, String ackedBy, Object confirmedAt) {
    }

    @Test
    void enterpriseAIsRefusedEachOfEnterpriseBsOrdersAndNothingChanges() throws Exception {
        List<String> subjects = subjects(HONGTONG);
        String a = subjects.get(0);
        String b = subjects.get(1);
        List<Order> before = orders("subject = ?", b);
        assertThat(before).isNotEmpty();
        for (Order order : before) {
            post(a, "enterprise", "/api/directives/" + order.id() + "/ack", "").statusCode(404)
                    .body("error", equalTo("no directive " + order.id()));
        }
        assertThat(orders("subject = ?", b)).containsExactlyElementsOf(before);
        for (Order order : before) {
            assertThat(count("SELECT count(*) FROM event_log WHERE type = 'ACCESS_DENIED' AND actor = ? AND directive_id = ?",
                    a, order.id())).as("the attempt on %s is in the log", order.id()).isEqualTo(1);
        }
    }

    @Test
    void anEnterpriseListsItsOwnOrdersOnly() throws Exception {
        String a = subjects(HONGTONG).get(0);
        List<Map<String, Object>> listed = given().auth().preemptive().basic(a, "enterprise").get("/api/directives")
                .then().statusCode(200).extract().path("$");
        assertThat(listed).isNotEmpty().allSatisfy(d -> assertThat(d.get("subject")).isEqualTo(a));
        assertThat(listed).extracting(d -> d.get("directiveId")).containsExactlyInAnyOrderElementsOf(
                orders("subject = ? AND kind IN ('INDUSTRIAL', 'STAGGERED_PRODUCTION')", a).stream().map(Order::id).toList());
    }

    @Test
    void countyOfficer141024IsRefusedEachOf141034sOrdersAndNothingChanges() throws Exception {
        List<Order> before = orders("warning_id = ?", WARNINGS.get(FENXI));
        assertThat(before).isNotEmpty();
        for (Order order : before) {
            post("county-141024", "county", "/api/directives/" + order.id() + "/ack", """
                    {"reason": "电话确认"}""").statusCode(403)
                    .body("error", equalTo("county-141024 reads and acts for county 141024 only; directive " + order.id()
                            + " is in 141034"));
        }
        assertThat(orders("warning_id = ?", WARNINGS.get(FENXI))).containsExactlyElementsOf(before);
    }

    @Test
    void countyOfficerListsTheirCountysOrdersOnlyAndAnotherCountysFilterIsRefused() throws Exception {
        warnings();
        List<String> regions = given().auth().preemptive().basic("county-141024", "county").get("/api/directives")
                .then().statusCode(200).extract().path("regionCode");
        assertThat(regions).isNotEmpty().containsOnly(HONGTONG);
        given().auth().preemptive().basic("county-141024", "county").queryParam("regionCode", FENXI).get("/api/directives")
                .then().statusCode(403);
    }

    @Test
    void countyOfficerReadsEnterpriseEventsOfTheirCountyOnly() throws Exception {
        warnings();
        assertThat(issuedEvents("duty", "duty", FENXI)).as("the city sees 汾西县's orders").isPositive();
        assertThat(issuedEvents("county-141024", "county", FENXI)).as("洪洞县's officer does not").isZero();
        assertThat(issuedEvents("county-141024", "county", HONGTONG)).as("but sees 洪洞县's")
                .isEqualTo(issuedEvents("duty", "duty", HONGTONG));
    }

    @Test
    void anOfficersConfirmationIsRecordedAsConfirmedByNeverAsTheEnterprisesAcknowledgement() throws Exception {
        List<String> subjects = subjects(HONGTONG);
        String c = subjects.get(subjects.size() - 1);
        String order = orders("subject = ? AND warning_id = ? AND kind = 'INDUSTRIAL'", c, WARNINGS.get(HONGTONG)).get(0).id();
        post("county-141024", "county", "/api/directives/" + order + "/ack", "{}").statusCode(400).body("field", equalTo("reason"));
        post("county-141024", "county", "/api/directives/" + order + "/ack", """
                {"reason": "电话联系厂长确认已收到"}""").statusCode(200)
                .body("confirmedBy", equalTo("county-141024")).body("ackedAt", equalTo(null)).body("first", equalTo(true));
        Order confirmed = orders("id = ?", order).get(0);
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(confirmed.ackedAt()).isNull();
        assertThat(confirmed.ackedBy()).isNull();
        assertThat(count("SELECT count(*) FROM event_log WHERE type = 'DIRECTIVE_CONFIRMED' AND directive_id = ? "
                + "AND actor = 'county-141024' AND payload->>'reason' = '电话联系厂长确认已收到'", order)).isEqualTo(1);
        // the enterprise's own acknowledgement still counts as its first
        post(c, "enterprise", "/api/directives/" + order + "/ack", "").statusCode(200)
                .body("first", equalTo(true)).body("ackedBy", equalTo(c)).body("confirmedBy", equalTo("county-141024"));
    }

    @Test
    void refusalsAreLoggedAtMostTenPerActorAndMinute() throws Exception {
        warnings();
        int attempts = 13;
        for (int i = 0; i < attempts; i++) {
            given().auth().preemptive().basic("county-141033", "county").queryParam("regionCode", FENXI).get("/api/directives")
                    .then().statusCode(403);
        }
        assertThat(count("SELECT count(*) FROM event_log WHERE type = 'ACCESS_DENIED' AND actor = 'county-141033'"))
                .isEqualTo(10);
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics).containsPattern("aq_platform_security_access_denied_total\\{recorded=\"false\"\\} [3-9]");
    }

    /** DIRECTIVE_ISSUED events naming an enterprise (the regional vehicle and construction orders name none). */
    private static long issuedEvents(String user, String password, String region) throws Exception {
        List<Map<String, Object>> events = given().auth().preemptive().basic(user, password).queryParam("type", "DIRECTIVE_ISSUED")
                .queryParam("warningId", warnings().get(region)).queryParam("limit", 1000).get("/api/events")
                .then().statusCode(200).extract().path("events");
        return events.stream().filter(e -> e.get("enterpriseId") != null).count();
    }

    /** The enterprises that received 洪洞县's orders, in a stable order. */
    private static List<String> subjects(String region) throws Exception {
        List<String> subjects = orders("warning_id = ? AND kind = 'INDUSTRIAL'", warnings().get(region)).stream()
                .map(Order::subject).distinct().sorted().toList();
        assertThat(subjects).hasSizeGreaterThanOrEqualTo(3);
        return subjects;
    }

    private static synchronized Map<String, String> warnings() throws Exception {
        if (WARNINGS.isEmpty()) {
            port = RestAssured.port;
            for (String county : List.of(HONGTONG, FENXI)) {
                String id = post("duty", "duty", "/api/warnings", """
                        {"regionCode": "%s", "level": "ORANGE", "reason": "租户隔离测试"}""".formatted(county))
                        .statusCode(200).extract().path("id");
                WARNINGS.put(county, id);
                await().atMost(Duration.ofSeconds(60)).until(() -> !orders("warning_id = ? AND kind = 'INDUSTRIAL'", id).isEmpty());
            }
        }
        return WARNINGS;
    }

    @AfterAll
    static void liftTheWarnings() {
        WARNINGS.values().forEach(id -> given().port(port).auth().preemptive().basic("duty", "duty")
                .contentType(ContentType.JSON).body("""
                        {"version": 1, "reason": "tenant isolation done", "overrideReason": "test clean-up"}""")
                .post("/api/warnings/" + id + "/lift").then().statusCode(200));
    }

    private static ValidatableResponse post(String user, String password, String path, String body) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static List<Order> orders(String where, String... params) throws Exception {
        if (!where.startsWith("warning_id") && !where.startsWith("id")) {
            warnings();
        }
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement(
                "SELECT id, subject, kind, acked_at, acked_by, confirmed_at FROM directive WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<Order> orders = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    orders.add(new Order(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getString(5),
                            rs.getObject(6)));
                }
            }
            return orders;
        }
    }

    private static long count(String sql, String... params) throws Exception {
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
