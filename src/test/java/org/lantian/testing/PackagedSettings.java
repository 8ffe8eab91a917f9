package org.lantian.testing;

import java.util.Map;

/** The environment that points a packaged application, started as a process of its own, at the test infrastructure. */
public final class PackagedSettings {

    private PackagedSettings() {
    }

    /** Demo accounts on, the broker and the database of {@code infra}, and the HTTP port. */
    public static Map<String, String> environment(Map<String, String> infra, int port) {
        return Map.of(
                "LANTIAN_SECURITY_DEMO_ACCOUNTS", "true",
                "KAFKA_BOOTSTRAP_SERVERS", infra.get("kafka.bootstrap.servers"),
                "QUARKUS_DATASOURCE_REACTIVE_URL", infra.get("quarkus.datasource.reactive.url"),
                "QUARKUS_DATASOURCE_JDBC_URL", infra.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", infra.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", infra.get("quarkus.datasource.password"),
                "QUARKUS_FLYWAY_USERNAME", infra.get("quarkus.flyway.username"),
                "QUARKUS_FLYWAY_PASSWORD", infra.get("quarkus.flyway.password"),
                "QUARKUS_HTTP_PORT", Integer.toString(port));
    }
}
