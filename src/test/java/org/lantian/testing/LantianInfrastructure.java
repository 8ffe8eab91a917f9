package org.lantian.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lantian.platform.embedded.EmbeddedKafka;
import org.lantian.platform.embedded.EmbeddedPostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker and a real PostgreSQL, started once per test JVM on free
 * ports and shared by every Quarkus test (so a test profile change restarts the
 * application, not the infrastructure). Stopped by shutdown hooks.
 */
public class LantianInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Map<String, String> settings;

    @Override
    public Map<String, String> start() {
        return startOnce();
    }

    /**
     * Where the settings are kept for the whole JVM: a test profile restarts the application in a new class loader,
     * which loads this class again, with a static field of its own (before, each restart started another broker and
     * another PostgreSQL, and left the earlier ones running to the end of the run).
     */
    private static final String SHARED = "lantian-test-infrastructure/";
    /** Interned, so the same object for this class whichever class loader loaded it. */
    private static final Object LOCK = "org.lantian.testing.LantianInfrastructure#startOnce".intern();

    public static Map<String, String> startOnce() {
        synchronized (LOCK) {
            if (settings == null) {
                settings = shared();
            }
            if (settings == null) {
                settings = startInfrastructure();
                settings.forEach((k, v) -> System.setProperty(SHARED + k, v));
            }
            return settings;
        }
    }

    private static Map<String, String> shared() {
        Map<String, String> found = new java.util.HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SHARED)) {
                found.put(name.substring(SHARED.length()), System.getProperty(name));
            }
        }
        return found.isEmpty() ? null : Map.copyOf(found);
    }

    private static Map<String, String> startInfrastructure() {
        {
            try {
                Path dir = Files.createTempDirectory("lantian-test-");
                long start = System.nanoTime();
                // side by side: initdb and the postmaster are processes of their own, the broker starts in this JVM
                CompletableFuture<EmbeddedPostgresServer> postgres = CompletableFuture.supplyAsync(() -> {
                    try {
                        EmbeddedPostgresServer db = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0, true);
                        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
                        System.out.printf("[infrastructure] PostgreSQL started in %.1f s%n", (System.nanoTime() - start) / 1e9);
                        return db;
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                });
                EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
                System.out.printf("[infrastructure] Kafka started in %.1f s%n", (System.nanoTime() - start) / 1e9);
                EmbeddedPostgresServer db = postgres.join();
                System.out.printf("[infrastructure] PostgreSQL and Kafka started in %.1f s%n", (System.nanoTime() - start) / 1e9);
                // as a deployment runs: Flyway as the schema's owner, the application as a role that owns nothing
                return Map.of(
                        "kafka.bootstrap.servers", kafka.bootstrapServers(),
                        "quarkus.datasource.reactive.url", db.reactiveUrl(),
                        "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                        "quarkus.datasource.username", EmbeddedPostgresServer.APP,
                        "quarkus.datasource.password", EmbeddedPostgresServer.APP_PASSWORD,
                        "quarkus.flyway.username", EmbeddedPostgresServer.OWNER,
                        "quarkus.flyway.password", EmbeddedPostgresServer.OWNER_PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test infrastructure", e);
            }
        }
    }

    @Override
    public void stop() {
        // shared for the whole run; shutdown hooks stop it
    }
}
