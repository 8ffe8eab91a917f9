package org.lantian.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.platform.embedded.EmbeddedPostgresServer;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application connects as a role that owns no table (Flyway migrated as the owner): whatever it is made to
 * run, it can append to the log and read it, never switch the trigger off or change a row. 42501 is PostgreSQL's
 * insufficient_privilege.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ApplicationRoleTest {

    private static final String REFUSED = "42501";

    @Inject
    EventLog log;

    @Test
    void theApplicationsRoleOwnsNoTableAndFlywaysDoes() throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            var owned = s.executeQuery("SELECT count(*) FILTER (WHERE tableowner = '" + EmbeddedPostgresServer.APP + "'), "
                    + "count(*) FILTER (WHERE tableowner = '" + EmbeddedPostgresServer.OWNER + "'), count(*) "
                    + "FROM pg_tables WHERE schemaname = 'public'");
            owned.next();
            assertThat(owned.getLong(1)).isZero();
            assertThat(owned.getLong(2)).as("every table is the migration owner's").isEqualTo(owned.getLong(3)).isPositive();
        }
        try (Connection c = Infra.dbAsApplication(); Statement s = c.createStatement()) {
            var who = s.executeQuery("SELECT current_user");
            who.next();
            assertThat(who.getString(1)).isEqualTo(EmbeddedPostgresServer.APP);
        }
    }

    @Test
    void aOneUserDeploymentSplitsLaterWithTheMigrationsGrant() throws Exception {
        // V13 as it ran for a deployment with one user (nothing to grant), then as docs/operations.md says for a later split
        String role = "split_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN");
            try {
                s.execute("SET ROLE " + EmbeddedPostgresServer.OWNER);
                s.execute("SELECT grant_app_role('" + EmbeddedPostgresServer.OWNER + "')");
                assertThat(privilege(s, EmbeddedPostgresServer.OWNER, "event_log", "UPDATE")).as("the owner keeps its own").isTrue();
                s.execute("SELECT grant_app_role('" + role + "')");
                s.execute("RESET ROLE");
                assertThat(privilege(s, role, "event_log", "INSERT")).isTrue();
                assertThat(privilege(s, role, "event_log", "SELECT")).isTrue();
                assertThat(privilege(s, role, "event_log", "UPDATE")).isFalse();
                assertThat(privilege(s, role, "event_log", "DELETE")).isFalse();
                assertThat(privilege(s, role, "event_log", "TRUNCATE")).isFalse();
                assertThat(privilege(s, role, "outbox", "UPDATE")).isTrue();
                assertThat(privilege(s, role, "outbox", "DELETE")).isTrue();
                assertThat(privilege(s, role, "flyway_schema_history", "INSERT")).isFalse();
            } finally {
                s.execute("RESET ROLE");
                s.execute("DROP OWNED BY " + role); // its grants and default privileges
                s.execute("DROP ROLE " + role);
            }
        }
    }

    private static boolean privilege(Statement s, String role, String table, String privilege) throws SQLException {
        try (var r = s.executeQuery("SELECT has_table_privilege('" + role + "', '" + table + "', '" + privilege + "')")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    @Test
    void theApplicationsRoleCannotSwitchTheTriggerOff() throws Exception {
        try (Connection c = Infra.dbAsApplication(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("ALTER TABLE event_log DISABLE TRIGGER ALL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner of table event_log")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(REFUSED);
            assertThatThrownBy(() -> s.execute("ALTER TABLE event_log DISABLE TRIGGER event_log_no_update"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(REFUSED);
            assertThatThrownBy(() -> s.execute("SET session_replication_role = replica"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(REFUSED);
        }
    }

    @Test
    void theApplicationsRoleCannotUpdateDeleteOrTruncateEvents() throws Exception {
        String id = "role-" + UUID.randomUUID();
        log.append(List.of(log.event(id, SyntheticEvents.TYPE, null, null, null, null, "tester", Map.of()))).await().atMost(Duration.ofSeconds(10));
        try (Connection c = Infra.dbAsApplication(); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE event_log SET actor = 'someone else' WHERE id = '" + id + "'",
                    "DELETE FROM event_log WHERE id = '" + id + "'", "TRUNCATE event_log")) {
                assertThatThrownBy(() -> s.execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table event_log")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(REFUSED);
            }
            var row = s.executeQuery("SELECT actor FROM event_log WHERE id = '" + id + "'");
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("tester");
        }
    }
}
