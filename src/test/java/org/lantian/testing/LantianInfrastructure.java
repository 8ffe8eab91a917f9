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

    public static synchronized Map<String, String> startOnce() {
        if (settings == null) {
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
                settings = Map.of(
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
        return settings;
    }

    @Override
    public void stop() {
        // shared for the whole run; shutdown hooks stop it
    }
}
