package org.lantian.directive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An acknowledgement from Kafka claims its own time: one claiming a time before its order was issued
 * is recorded at the issue time, one claiming the future at its receipt, and the claim is kept in
 * the DIRECTIVE_ACKNOWLEDGED event with {@code clamped: true}. (曲沃县 141021, lifted again after.)
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class AckClampTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @jakarta.inject.Inject
    org.lantian.testing.MovableClock clock;

    @Test
    void anAcknowledgementTimeIsKeptWithinTheOrdersLifeAndTheClaimRecorded() throws Exception {
        String warning = given().auth().preemptive().basic("duty", "duty").contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "141021", "level": "YELLOW", "reason": "ack clamp test"}""")
                .post("/api/warnings").then().statusCode(200).extract().path("id");
        try {
            List<String[]> orders = await().atMost(Duration.ofSeconds(60)).until(() -> orders(warning), l -> l.size() >= 2);
            String[] early = orders.get(0);
            String[] late = orders.get(1);
            String past = "2020-01-01T08:00:00+08:00";
            // "future" and "receipt" by the application's clock, which DirectiveAcks clamps to
            String future = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).plusDays(1).withNano(0).format(ISO);
            OffsetDateTime sentAt = OffsetDateTime.now(clock);
            Infra.send("aq.directive.acks.v1", early[1], ack(early, past));
            Infra.send("aq.directive.acks.v1", late[1], ack(late, future));

            await().atMost(Duration.ofSeconds(30)).until(() -> ackedAt(early[0]) != null && ackedAt(late[0]) != null);
            OffsetDateTime issued = OffsetDateTime.parse(value("SELECT issued_at FROM directive WHERE id = '" + early[0] + "'"));
            assertThat(ackedAt(early[0])).isEqualTo(issued);
            assertThat(ackedAt(late[0])).isAfterOrEqualTo(sentAt.minusSeconds(1)).isBefore(OffsetDateTime.now(clock).plusSeconds(1));
            assertThat(OffsetDateTime.parse(value("SELECT payload->>'claimedAckedAt' FROM event_log WHERE id = 'ack:" + early[0] + "'")))
                    .isAtSameInstantAs(OffsetDateTime.parse(past));
            assertThat(value("SELECT payload->>'clamped' FROM event_log WHERE id = 'ack:" + early[0] + "'")).isEqualTo("true");
            assertThat(OffsetDateTime.parse(value("SELECT payload->>'claimedAckedAt' FROM event_log WHERE id = 'ack:" + late[0] + "'")))
                    .isAtSameInstantAs(OffsetDateTime.parse(future));
        } finally {
            given().auth().preemptive().basic("duty", "duty").contentType(ContentType.JSON)
                    .body("""
                            {"version": 1, "reason": "test done", "overrideReason": "test clean-up"}""")
                    .post("/api/warnings/" + warning + "/lift").then().statusCode(200);
        }
    }

    private static String ack(String[] order, String at) {
        return """
                {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "%s", "by": "厂长"}""".formatted(order[0], order[1], at);
    }

    private static List<String[]> orders(String warning) throws Exception {
        List<String[]> result = new ArrayList<>();
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, subject FROM directive WHERE kind = 'INDUSTRIAL' AND warning_id = '" + warning + "' ORDER BY id")) {
            while (rs.next()) {
                result.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return result;
    }

    private static OffsetDateTime ackedAt(String id) throws Exception {
        String v = value("SELECT acked_at FROM directive WHERE id = '" + id + "'");
        return v == null ? null : OffsetDateTime.parse(v);
    }

    /** A timestamptz as ISO text (the session's zone is UTC), or any other value as text. */
    private static String value(String sql) throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
            try (ResultSet rs = s.executeQuery(sql.replace("SELECT issued_at", "SELECT to_char(issued_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
                    .replace("SELECT acked_at", "SELECT to_char(acked_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"))) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
