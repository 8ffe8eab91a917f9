package org.lantian.platform.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.jboss.logging.Logger;

/**
 * Starts a real Kafka broker (KRaft, in this JVM) and a real PostgreSQL (child
 * process) on fixed, documented ports with their data kept under one directory,
 * and publishes their addresses as the standard Quarkus settings.
 */
public final class EmbeddedServices {

    private static final Logger LOG = Logger.getLogger(EmbeddedServices.class);

    private EmbeddedServices() {
    }

    /** Called reflectively by {@link EmbeddedLauncher}. */
    public static void start(boolean kafka, boolean postgres) throws Exception {
        Path dataDir = Paths.get(EmbeddedLauncher.setting("lantian.embedded.data-dir", "LANTIAN_DATA_DIR",
                Paths.get(System.getProperty("user.dir"), ".lantian").toString())).toAbsolutePath();
        Files.createDirectories(dataDir);
        int kafkaPort = port("lantian.embedded.kafka-port", "LANTIAN_KAFKA_PORT", 19092);
        int controllerPort = port("lantian.embedded.kafka-controller-port", "LANTIAN_KAFKA_CONTROLLER_PORT", 19093);
        int postgresPort = port("lantian.embedded.postgres-port", "LANTIAN_POSTGRES_PORT", 15432);

        RunLock.takeOver(dataDir.resolve("lantian.pid"));
        if (postgres) {
            EmbeddedPostgresServer db = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), postgresPort, false);
            db.publishAsQuarkusSettings();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "lantian-postgres-stop"));
            LOG.infof("Embedded PostgreSQL on localhost:%d (database %s; application as %s, Flyway as %s, superuser %s), data in %s",
                    postgresPort, EmbeddedPostgresServer.DATABASE, EmbeddedPostgresServer.APP, EmbeddedPostgresServer.OWNER,
                    EmbeddedPostgresServer.SUPERUSER, dataDir.resolve("postgres"));
        }
        if (kafka) {
            EmbeddedKafka broker = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
            System.setProperty("kafka.bootstrap.servers", broker.bootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "lantian-kafka-stop"));
            LOG.infof("Embedded Kafka broker on %s, data in %s", broker.bootstrapServers(), dataDir.resolve("kafka"));
        }
    }

    private static int port(String property, String env, int fallback) {
        return Integer.parseInt(EmbeddedLauncher.setting(property, env, Integer.toString(fallback)));
    }
}
