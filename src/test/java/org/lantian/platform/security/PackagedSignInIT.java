package org.lantian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.PackagedSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by the package phase) started as an
 * operator would start it, as a separate process: without any sign-in setting it refuses to start and says what to
 * set, before it tries the database; with the demo accounts switched on it starts, warns in its log and on
 * {@code /q/health}, and stays ready. Run by failsafe in {@code ./mvnw verify}.
 */
class PackagedSignInIT {

    private static final Path JAR = Path.of(System.getProperty("lantian.app.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Process app;
    private final List<ProcessHandle> tree = new ArrayList<>();

    /**
     * The broker and database of the test that needs them, started in the background as soon as the class is: they
     * take seconds to start, which the other test (which must find no database, and is given no setting that names
     * one) would otherwise not overlap.
     */
    private static CompletableFuture<Map<String, String>> infrastructure;

    @BeforeAll
    static void startTheInfrastructureMeanwhile() {
        infrastructure = CompletableFuture.supplyAsync(LantianInfrastructure::startOnce);
    }

    @Test
    void withoutAnySignInSettingItRefusesToStartAndSaysWhatToSet() throws Exception {
        Path log = start(Map.of());
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the application exits by itself").isTrue();
        String output = Files.readString(log);
        assertThat(app.exitValue()).as(output).isNotZero();
        assertThat(output).contains("No sign-in is configured")
                .contains("quarkus.oidc.auth-server-url").contains("QUARKUS_OIDC_AUTH_SERVER_URL")
                .contains("lantian.security.demo-accounts=true").contains("LANTIAN_SECURITY_DEMO_ACCOUNTS=true");
        // it said so before anything else could fail: there is no database here, and Flyway never got to try it
        assertThat(output).doesNotContain("FlywaySqlUnableToConnect").doesNotContain("Connection refused").doesNotContain("Unable to obtain connection");
    }

    @Test
    void withDemoAccountsOnItStartsWarnsAndStaysReady() throws Exception {
        Map<String, String> infra = infrastructure.join();
        int port = freePort();
        Path log = start(PackagedSettings.environment(infra, port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .failFast(() -> assertThat(app.isAlive()).as(() -> "the application exited: " + tail(log)).isTrue())
                .until(() -> status(http, port, "/q/health/ready") == 200);

        assertThat(Files.readString(log)).contains("WARN").contains("Demo accounts are ON (lantian.security.demo-accounts=true)");
        JsonNode health = JSON.readTree(get(http, port, "/q/health", null).body());
        JsonNode signIn = check(health, "sign-in");
        assertThat(signIn.path("status").asText()).isEqualTo("UP");
        assertThat(signIn.path("data").path("demo-accounts").asText()).isEqualTo("on");
        assertThat(signIn.path("data").path("oidc").asText()).isEqualTo("off");
        assertThat(signIn.path("data").path("warning").asText()).contains("Demo accounts are ON");
        assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
        // and the demo accounts do sign in
        assertThat(get(http, port, "/api/regions", "duty:duty").statusCode()).isEqualTo(200);
        assertThat(get(http, port, "/api/regions", "duty:wrong").statusCode()).isEqualTo(401);
    }

    @AfterEach
    void stop() throws Exception {
        if (app == null) {
            return;
        }
        app.descendants().forEach(tree::add);
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        tree.forEach(ProcessHandle::destroy);
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(app.isAlive()).isFalse();
    }

    /** Starts the packaged application with only these settings: none inherited, its own empty working directory. */
    private Path start(Map<String, String> settings) throws IOException {
        assertThat(JAR).as("the package phase built it").exists();
        Path dir = Files.createTempDirectory("lantian-packaged-");
        Path log = dir.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LANTIAN_")
                || k.startsWith("KAFKA_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_"));
        builder.environment().putAll(settings);
        app = builder.start();
        return log;
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no health check " + name + " in " + health);
    }

    private static int status(HttpClient http, int port, String path) {
        try {
            return get(http, port, path, null).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path, String basic) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
