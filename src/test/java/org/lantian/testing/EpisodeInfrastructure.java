package org.lantian.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.lantian.platform.embedded.EmbeddedKafka;
import org.lantian.platform.embedded.EmbeddedPostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An installation of its own for the tests that replay the demo episode: a second real Kafka broker and a database of
 * its own on the shared PostgreSQL. A replay runs the business clock days ahead and publishes a week of data on every
 * input topic; in the shared installation that would reach every other test's warnings, orders and event log.
 * Started once per test JVM; {@link Infra} talks to it while a test of {@link EpisodeInstallation} runs.
 */
public class EpisodeInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The config key that tells {@link Infra} which installation the running application uses. */
    static final String MARKER = "lantian.test.installation";
    static final String DATABASE = "lantian_episode";
    private static final String SHARED = "lantian-episode-infrastructure/";
    private static final Object LOCK = "org.lantian.testing.EpisodeInfrastructure#startOnce".intern();
    private static Map<String, String> settings;

    @Override
    public Map<String, String> start() {
        return startOnce();
    }

    public static Map<String, String> startOnce() {
        synchronized (LOCK) {
            if (settings == null) {
                Map<String, String> found = new HashMap<>();
                System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(SHARED))
                        .forEach(n -> found.put(n.substring(SHARED.length()), System.getProperty(n)));
                settings = found.isEmpty() ? null : Map.copyOf(found);
            }
            if (settings == null) {
                settings = startInfrastructure();
                settings.forEach((k, v) -> System.setProperty(SHARED + k, v));
            }
            return settings;
        }
    }

    private static Map<String, String> startInfrastructure() {
        Map<String, String> shared = LantianInfrastructure.startOnce();
        try {
            String superuserUrl = shared.get("quarkus.datasource.jdbc.url").replaceFirst("/[^/]+$", "/postgres");
            try (Connection c = DriverManager.getConnection(superuserUrl, EmbeddedPostgresServer.SUPERUSER,
                    EmbeddedPostgresServer.SUPERUSER_PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + EmbeddedPostgresServer.OWNER);
            }
            Path dir = Files.createTempDirectory("lantian-episode-");
            EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
            Map<String, String> own = new HashMap<>(shared);
            own.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            own.put("quarkus.datasource.jdbc.url", shared.get("quarkus.datasource.jdbc.url").replaceFirst("/[^/]+$", "/" + DATABASE));
            own.put("quarkus.datasource.reactive.url", shared.get("quarkus.datasource.reactive.url").replaceFirst("/[^/]+$", "/" + DATABASE));
            own.put(MARKER, "episode");
            return Map.copyOf(own);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the episode's installation", e);
        }
    }

    @Override
    public void stop() {
        // for the whole run; shutdown hooks stop the broker
    }
}
