package org.lantian.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.PackagedSettings;

/**
 * P5, start: the packaged application started as an operator starts it, as a process of its own, against the
 * benchmark's infrastructure (already migrated by the benchmark's own application: the measured starts find nothing to
 * do), from the process's launch to {@code /q/health/ready} answering 200. Baseline in the same run: a bare JVM
 * ({@code java -version}). The benchmark runs in the integration-test phase, after the package phase built the jar.
 */
final class PackagedStart {

    private static final Path JAR = Path.of(System.getProperty("lantian.app.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final int STARTS = Integer.getInteger("bench.starts", 3);
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private PackagedStart() {
    }

    static void measure(PerformanceReport report) throws Exception {
        assertThat(JAR).as("the package phase built it").exists();
        Map<String, String> infra = LantianInfrastructure.startOnce();
        long jvm = bareJvmMillis();
        List<Long> ready = new ArrayList<>();
        List<Double> quarkus = new ArrayList<>();
        long rss = 0;
        for (int i = 0; i < STARTS; i++) {
            Started s = start(infra);
            ready.add(s.readyMillis());
            quarkus.add(s.quarkusSeconds());
            rss = Math.max(rss, s.rssKb());
        }
        ready.sort(Long::compare);
        long median = ready.get(ready.size() / 2);
        PerformanceReport.Figure bare = report.ceiling("ceilings.bareJvm", "a bare JVM's start and exit (java -version)", jvm, "ms",
                "the baseline of P5's start, median of 3");
        report.figure("P5", "P5.start", "packaged start to ready (/q/health/ready 200) against migrated infrastructure",
                median, "ms", bare, "median of %d starts %s; Quarkus's own 'started in' %s s; -Xmx512m".formatted(STARTS, ready, quarkus));
        report.figure("P5", "P5.startRss", "resident set size of the packaged application when ready", rss / 1024.0, "MB", null,
                "highest of the starts");
    }

    record Started(long readyMillis, double quarkusSeconds, long rssKb) {
    }

    private static Started start(Map<String, String> infra) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("lantian-start-");
        Path log = dir.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LANTIAN_") || k.startsWith("KAFKA_"));
        builder.environment().putAll(PackagedSettings.environment(infra, port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long begun = System.nanoTime();
        Process app = builder.start();
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(20))
                    .failFast(() -> assertThat(app.isAlive()).as("the application exited").isTrue())
                    .until(() -> ready(http, port));
            long readyMillis = (System.nanoTime() - begun) / 1_000_000;
            Matcher m = STARTED.matcher(Files.readString(log));
            double quarkus = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            return new Started(readyMillis, quarkus, rssKb(app.pid()));
        } finally {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long bareJvmMillis() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long begun = System.nanoTime();
            Process p = new ProcessBuilder(java(), "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            times.add((System.nanoTime() - begun) / 1_000_000);
        }
        times.sort(Long::compare);
        return times.get(1);
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
