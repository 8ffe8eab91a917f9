package org.lantian.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.reduction.ReductionLists;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

    private static String debug() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT action, warning_id, count(*) FROM directive WHERE kind = 'STAGGERED' GROUP BY 1, 2")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getLong(3)).append("; ");
            }
        }
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT level, count(*) FROM directive_subject WHERE kind = 'STAGGERED' GROUP BY 1")) {
            while (rs.next()) {
                out.append("subject ").append(rs.getString(1)).append(' ').append(rs.getLong(2)).append("; ");
            }
        }
        return out.toString();
    }

    private static long count(String action, String season) throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM directive WHERE kind = 'STAGGERED' AND action = '" + action + "' AND warning_id = 'season-" + season + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
