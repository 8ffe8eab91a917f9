package org.lantian.platform.embedded;

import java.lang.reflect.Method;

/**
 * Decides whether to start the embedded broker and database, without touching
 * their classes: they are on the classpath only in dev mode and tests
 * ({@code provided} scope), never in the packaged application.
 *
 * <p>{@code lantian.embedded} (env {@code LANTIAN_EMBEDDED}): {@code auto} starts
 * whatever is not configured externally (set by {@code quarkus:dev}), {@code off}
 * starts nothing. Live reload calls {@code main} again; a system property, which
 * survives the reload's new class loader, makes the second call a no-op.
 */
public final class EmbeddedLauncher {

    static final String STARTED = "lantian.embedded.started";

    private EmbeddedLauncher() {
    }

    /** What this start needs: each service is embedded only when asked for and not configured externally. */
    record Plan(boolean kafka, boolean postgres) {
        boolean any() {
            return kafka || postgres;
        }
    }

    static Plan plan() {
        String mode = setting("lantian.embedded", "LANTIAN_EMBEDDED", "off");
        if (!"auto".equalsIgnoreCase(mode) || System.getProperty(STARTED) != null) {
            return new Plan(false, false);
        }
        boolean kafka = !externallyConfigured("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS");
        boolean postgres = !externallyConfigured("quarkus.datasource.reactive.url", "QUARKUS_DATASOURCE_REACTIVE_URL")
                && !externallyConfigured("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        return new Plan(kafka, postgres);
    }

    public static void startIfRequested() {
        Plan plan = plan();
        if (!plan.any()) {
            return;
        }
        try {
            Class<?> services = Class.forName("org.lantian.platform.embedded.EmbeddedServices");
            Method start = services.getMethod("start", boolean.class, boolean.class);
            start.invoke(null, plan.kafka(), plan.postgres());
            System.setProperty(STARTED, "true");
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("lantian.embedded=auto needs the embedded Kafka and PostgreSQL jars, "
                    + "which only quarkus:dev and the tests have; configure KAFKA_BOOTSTRAP_SERVERS and "
                    + "QUARKUS_DATASOURCE_* for the packaged application", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not start the embedded infrastructure", e.getCause() != null ? e.getCause() : e);
        }
    }

    static boolean externallyConfigured(String property, String env) {
        return notBlank(System.getProperty(property)) || notBlank(System.getenv(env));
    }

    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (notBlank(value)) {
            return value;
        }
        value = System.getenv(env);
        return notBlank(value) ? value : fallback;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
