package org.lantian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The benchmark of issue 16 ({@code ./mvnw -Pbench verify}; never part of the test run, whose surefire includes
 * match no {@code *Benchmark}): in one JVM, on the real broker and PostgreSQL of the tests, the ceilings first, then the
 * figures, written to docs/performance.md and docs/performance.json.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
@io.quarkus.test.junit.TestProfile(ProductionSettings.class)
class PerformanceBenchmark {

    @Inject
    MonitoringReferenceData reference;

    @Test
    void ceilingsThenFigures() throws Exception {
        BenchSizes sizes = BenchSizes.fromSystemProperties();
        BenchReadings readings = new BenchReadings(sizes.readings(), sizes.stations());
        PerformanceReport report = new PerformanceReport();
        describeRun(report, sizes, readings);

        Ceilings.createTopics();
        Ceilings.warmUp(readings);
        PerformanceReport.Figure copy = report.ceiling("ceilings.copy", "PostgreSQL COPY", Ceilings.copy(readings), "rows/s",
                "pgjdbc CopyManager, one COPY (text) of the same rows into a LOGGED table with reading's columns, defaults, primary key "
                        + "and index (no foreign key), committed");
        PerformanceReport.Figure produce = report.ceiling("ceilings.kafkaProduce", "Kafka produce", Ceilings.kafkaProduce(readings),
                "records/s", "the P1 readings (avg %d bytes) to a 12-partition topic, plain producer, linger 5 ms, acks=all"
                        .formatted(readings.json(0, 0).length));
        report.ceiling("ceilings.kafkaConsume", "Kafka consume", Ceilings.kafkaConsume(readings), "records/s",
                "the same records read back by one plain consumer");

        Ingest.measure(readings, reference, report, copy, produce);
        Reaction.measure(sizes.trials(), report);
        PackagedStart.measure(report);

        report.write(Path.of(System.getProperty("user.dir"), "docs"));
    }

    private static void describeRun(PerformanceReport report, BenchSizes sizes, BenchReadings readings) throws Exception {
        report.run("smallValidationRun", sizes.small());
        report.run("date", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        report.run("cores", Runtime.getRuntime().availableProcessors());
        report.run("ram", memTotal());
        report.run("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (-Xmx2g, application, broker and clients in one JVM)");
        report.run("kafka", "Apache Kafka " + AppInfoParser.getVersion() + " (embedded single broker)");
        report.run("postgresql", "PostgreSQL " + Infra.scalar("SHOW server_version") + " (embedded, local)");
        report.run("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.run("readings", readings.total());
        report.run("stations", readings.stations);
        report.run("hours", readings.hours);
        report.run("trials", sizes.trials());
        report.run("command", "./mvnw -o -Pbench verify -Dbench.readings=%d -Dbench.stations=%d -Dbench.trials=%d"
                .formatted(sizes.readings(), sizes.stations(), sizes.trials()));
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return "%.1f GB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "unknown";
    }
}
