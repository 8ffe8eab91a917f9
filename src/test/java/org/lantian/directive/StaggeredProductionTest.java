package org.lantian.directive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.reduction.ReductionLists;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

/** Staggered production: one START per listed enterprise when the season begins, one END when it ends. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class StaggeredProductionTest {

    @Inject
    StaggeredProduction staggered;

    @Inject
    ReductionLists lists;

    @Inject
    Pool pool;

    @Test
    void theSeasonRunsFromNovemberToMarch() {
        MonthDay start = MonthDay.of(11, 1);
        MonthDay end = MonthDay.of(3, 31);
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2026-11-01"), start, end)).contains(LocalDate.parse("2026-11-01"));
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2027-03-31"), start, end)).contains(LocalDate.parse("2026-11-01"));
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2027-04-01"), start, end)).isEmpty();
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2026-10-31"), start, end)).isEmpty();
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2026-12-31"), start, end)).contains(LocalDate.parse("2026-11-01"));
        assertThat(StaggeredSeason.seasonOf(LocalDate.parse("2026-06-15"), MonthDay.of(6, 1), MonthDay.of(6, 30)))
                .isEqualTo(Optional.of(LocalDate.parse("2026-06-01")));
    }

    @Test
    void ordersAtSeasonStartAndEndOnce() throws Exception {
        long listed = lists.current(pool).await().atMost(Duration.ofSeconds(10)).list().plans().stream()
                .filter(p -> p.enterprise().staggered()).count();
        assertThat(listed).isGreaterThan(100);
        staggered.apply(LocalDate.parse("2026-11-28")).await().atMost(Duration.ofSeconds(30));
        assertThat(count("START", "2026-11-01")).isEqualTo(listed);
        // again: nothing new
        int again = staggered.apply(LocalDate.parse("2026-12-15")).await().atMost(Duration.ofSeconds(30));
        assertThat(again).as(debug()).isZero();
        // the season ends
        assertThat(staggered.apply(LocalDate.parse("2027-04-02")).await().atMost(Duration.ofSeconds(30))).isEqualTo((int) listed);
        assertThat(count("END", "2026-11-01")).isEqualTo(listed);
        assertThat(staggered.apply(LocalDate.parse("2027-05-01")).await().atMost(Duration.ofSeconds(30))).isZero();
        // back to today's season for whatever runs next
        staggered.apply(LocalDate.now(org.lantian.aqi.AqiStandards.ZONE)).await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void anEnterpriseAcknowledgesItsOwnStaggeredOrderAndTheKindFiltersByItsOneName() throws Exception {
        staggered.apply(LocalDate.parse("2026-12-01")).await().atMost(Duration.ofSeconds(30));
        String id;
        String enterprise;
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, subject FROM directive WHERE kind = 'STAGGERED_PRODUCTION' AND action = 'START' AND acked_at IS NULL "
                        + "ORDER BY id LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            id = rs.getString(1);
            enterprise = rs.getString(2);
        }
        given().auth().preemptive().basic(enterprise, "enterprise").contentType(ContentType.JSON).body("")
                .post("/api/directives/" + id + "/ack").then().statusCode(200).body("first", equalTo(true));

        List<String> kinds = given().auth().preemptive().basic(enterprise, "enterprise").queryParam("kind", "STAGGERED_PRODUCTION")
                .get("/api/directives").then().statusCode(200).extract().path("kind");
        assertThat(kinds).isNotEmpty().containsOnly("STAGGERED_PRODUCTION");
        given().auth().preemptive().basic(enterprise, "enterprise").queryParam("kind", "STAGGERED_PRODUCTION")
                .queryParam("status", "ACKNOWLEDGED").get("/api/directives").then().statusCode(200)
                .body("directiveId", hasItem(id));
        // the order on Kafka says the same kind as the table and the filter
        // (published by the outbox after its transaction: awaited, a read that is caught up may come before it)
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> Infra.readAll("aq.directive.industrial.v1", Integer.MAX_VALUE,
                        Duration.ofSeconds(3)).stream().map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .filter(v -> v.contains("\"" + id + "\"")).findFirst(), java.util.Optional::isPresent).orElseThrow())
                .contains("\"kind\":\"STAGGERED_PRODUCTION\"");
        given().auth().preemptive().basic("duty", "duty").queryParam("kind", "STAGGERED").get("/api/directives").then()
                .statusCode(400).body("field", equalTo("kind"));
    }

    private static String debug() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT action, warning_id, count(*) FROM directive WHERE kind = 'STAGGERED_PRODUCTION' GROUP BY 1, 2")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getLong(3)).append("; ");
            }
        }
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT level, count(*) FROM directive_subject WHERE kind = 'STAGGERED_PRODUCTION' GROUP BY 1")) {
            while (rs.next()) {
                out.append("subject ").append(rs.getString(1)).append(' ').append(rs.getLong(2)).append("; ");
            }
        }
        return out.toString();
    }

    private static long count(String action, String season) throws Exception {
        return Infra.count("SELECT count(*) FROM directive WHERE kind = 'STAGGERED_PRODUCTION' AND action = '" + action
                + "' AND warning_id = 'season-" + season + "'");
    }
}
