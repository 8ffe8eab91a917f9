package org.lantian.directive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.MovableClock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Overdue by the clock, not by patching the database: an orange warning for 141032 issues its orders with a
 * deadline two hours after the clock's issue time; one enterprise acknowledges. With the clock a second before
 * the deadline nothing of the warning is overdue; a second after it every unacknowledged order is escalated —
 * once, stamped with the clock's time — and the acknowledged one is not. The clock moves only as far as the
 * deadline and is reset after the test (it is the whole application's clock: every older pending order of
 * other tests becomes overdue too, as it would in life). The warning is lifted again after.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class OverdueEscalationTest {

    static final String COUNTY = "141032";

    @Inject
    MovableClock clock;

    @Inject
    DirectiveOverdue overdue;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unacknowledgedOrdersAreEscalatedOnceWhenTheClockPassesTheirDeadline() throws Exception {
        int enterprises = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY)
                .get("/api/enterprises").then().statusCode(200).extract().<List<?>>path("$").size();
        assertThat(enterprises).isPositive();
        String warning = post("duty", "duty", "/api/warnings", """
                {"regionCode": "%s", "level": "ORANGE", "reason": "overdue by the clock"}""".formatted(COUNTY))
                .statusCode(200).extract().path("id");
        try {
            // every enterprise's order and the county's vehicle and construction orders
            List<Map<String, Object>> orders = await().atMost(Duration.ofSeconds(60))
                    .until(() -> orders(warning, null), l -> l.size() == enterprises + 2);
            Map<String, Object> ackedOrder = orders.stream().filter(o -> "INDUSTRIAL".equals(o.get("kind"))).findFirst().orElseThrow();
            String acked = (String) ackedOrder.get("directiveId");
            String enterprise = (String) ackedOrder.get("subject");
            post(enterprise, "enterprise", "/api/directives/" + acked + "/ack", "").statusCode(200).body("first", equalTo(true));
            Set<OffsetDateTime> deadlines = orders.stream().map(o -> OffsetDateTime.parse((String) o.get("ackDeadline")))
                    .collect(Collectors.toSet());
            assertThat(deadlines).as("one change, one issue time, one deadline").hasSize(1);
            OffsetDateTime deadline = deadlines.iterator().next();
            assertThat(Duration.between(OffsetDateTime.parse((String) ackedOrder.get("issuedAt")), deadline)).isEqualTo(Duration.ofHours(2));

            // a second before the deadline: not overdue
            clock.advanceTo(deadline.minusSeconds(1).toInstant());
            overdue.escalate().await().atMost(Duration.ofSeconds(10));
            assertThat(orders(warning, "OVERDUE")).isEmpty();

            // a second after: every order not acknowledged, once, at the clock's time
            clock.advanceTo(deadline.plusSeconds(1).toInstant());
            overdue.escalate().await().atMost(Duration.ofSeconds(10));
            assertThat(overdue.escalate().await().atMost(Duration.ofSeconds(10))).isZero();
            List<Map<String, Object>> late = orders(warning, "OVERDUE");
            assertThat(late).extracting(o -> o.get("directiveId"))
                    .containsExactlyInAnyOrderElementsOf(orders.stream().map(o -> o.get("directiveId")).filter(id -> !acked.equals(id)).toList());
            assertThat(late).allSatisfy(o -> assertThat(OffsetDateTime.parse((String) o.get("escalatedAt")))
                    .isAfter(deadline).isBefore(deadline.plusMinutes(1)));
            assertThat(overdueEvents(warning)).isEqualTo(enterprises + 1);
        } finally {
            clock.reset();
            post("duty", "duty", "/api/warnings/" + warning + "/lift", """
                    {"version": 1, "reason": "test done", "overrideReason": "test clean-up"}""").statusCode(200);
        }
    }

    /** This warning's orders (all, or of one status) as an officer sees them. */
    private static List<Map<String, Object>> orders(String warning, String status) {
        var request = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", COUNTY);
        if (status != null) {
            request.queryParam("status", status);
        }
        List<Map<String, Object>> all = request.get("/api/directives").then().statusCode(200).extract().path("$");
        return all.stream().filter(o -> warning.equals(o.get("warningId"))).toList();
    }

    private static int overdueEvents(String warning) throws Exception {
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM event_log WHERE type = 'DIRECTIVE_OVERDUE' AND warning_id = ?")) {
            s.setString(1, warning);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static io.restassured.response.ValidatableResponse post(String user, String password, String path, String body) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
