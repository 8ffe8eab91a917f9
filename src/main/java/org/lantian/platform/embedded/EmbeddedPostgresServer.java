package org.lantian.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server run from the binaries jar, as a child process, with the two roles a deployment has
 * (docs/operations.md, "Database roles"): {@link #OWNER} owns the schema and runs Flyway, {@link #APP} is what the
 * application connects as and owns nothing. {@link #SUPERUSER} is only for looking inside.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "lantian";
    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "postgres";
    public static final String OWNER = "lantian_owner";
    public static final String OWNER_PASSWORD = "lantian_owner";
    public static final String APP = "lantian_app";
    public static final String APP_PASSWORD = "lantian_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir kept between starts unless {@code clean}
     * @param port the port, 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean clean) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        stopStalePostmaster(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", clean ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
        server.createRolesIfMissing();
        server.createDatabaseIfMissing();
        server.handSchemaToOwner();
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The application as {@link #APP}, Flyway as {@link #OWNER}. */
    public void publishAsQuarkusSettings() {
        System.setProperty("quarkus.datasource.reactive.url", reactiveUrl());
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", APP);
        System.setProperty("quarkus.datasource.password", APP_PASSWORD);
        System.setProperty("quarkus.flyway.username", OWNER);
        System.setProperty("quarkus.flyway.password", OWNER_PASSWORD);
    }

    private void createRolesIfMissing() throws SQLException {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            for (String[] role : new String[][] {{OWNER, OWNER_PASSWORD}, {APP, APP_PASSWORD}}) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role[0] + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                s.execute("CREATE ROLE " + role[0] + " LOGIN PASSWORD '" + role[1] + "'");
            }
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            // the owner of the database owns its public schema (PostgreSQL 15+): it may create tables there
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        }
    }

    /**
     * A data directory from before the two roles has everything owned by the superuser, and Flyway as
     * {@link #OWNER} could not even read its history: hand the database and its objects over (idempotent).
     * REASSIGN OWNED cannot take objects from the bootstrap superuser, hence one ALTER … OWNER each; a table
     * takes its serial sequences with it.
     */
    private void handSchemaToOwner() throws SQLException {
        try (Connection c = superuser(DATABASE); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
            s.execute("""
                    DO $$
                    DECLARE o record;
                    BEGIN
                        FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
                                    AND c.relowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER %%s public.%%I OWNER TO %1$s',
                                CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, o.relname);
                        END LOOP;
                        FOR o IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER SEQUENCE public.%%I OWNER TO %1$s', o.relname);
                        END LOOP;
                        FOR o IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                  WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') AND p.proowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', o.f);
                        END LOOP;
                    END $$
                    """.formatted(OWNER));
        }
    }

    private Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    /**
     * A {@code kill -9} of the JVM leaves its postmaster running with the data
     * directory locked; stop it (fast shutdown) so this start can take over.
     */
    private static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> stale = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        stale.ifPresent(p -> RunLock.terminate(p, "stale PostgreSQL postmaster"));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL", e);
        }
    }
}
