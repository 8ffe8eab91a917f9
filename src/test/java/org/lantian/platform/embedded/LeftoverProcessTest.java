package org.lantian.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What a {@code kill -9} of a run leaves behind must not make the next start
 * fail: a real child JVM starts PostgreSQL on a kept data directory and is
 * killed; the next start takes over, with the data still there.
 */
class LeftoverProcessTest {

    /** Run in a child JVM: start PostgreSQL on the given directory, write a row, say so, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("postgres")) {
            EmbeddedPostgresServer db = EmbeddedPostgresServer.start(Path.of(args[1]), 0, false);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.SUPERUSER_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('survives kill -9')");
            }
        } else {
            RunLock.takeOver(Path.of(args[1]));
        }
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aStalePostmasterIsStoppedAndTheDataKept() throws Exception {
        Path dir = Files.createTempDirectory("lantian-stale-pg-").resolve("postgres");
        Process child = startChild("postgres", dir);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long stalePid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(stalePid)).as("postmaster outlives its JVM").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(dir, 0, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.SUPERUSER_PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives kill -9");
        }
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aRunWhoseLauncherWasKilledIsStopped() throws Exception {
        Path pidFile = Files.createTempDirectory("lantian-stale-run-").resolve("lantian.pid");
        Process orphan = startChild("run", pidFile);
        RunLock.takeOver(pidFile);
        assertThat(orphan.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(pidFile)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    private static Process startChild(String what, Path path) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a short-lived child: the quick compiler only (what is tested is what its kill leaves behind, not its speed)
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LeftoverProcessTest.class.getName(), what, path.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // skip start-up logging
        }
        assertThat(line).as("child %s started", what).isEqualTo("ready");
        return child;
    }
}
