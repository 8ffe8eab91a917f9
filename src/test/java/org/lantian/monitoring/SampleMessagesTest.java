package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.directive.DirectiveAckIngestor;
import org.lantian.platform.kafka.DeadLetters;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.warning.RegionalFloors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every sample in {@code kafka/samples} for the inputs, sent on Kafka: valid ones
 * of the three monitoring inputs are stored, each invalid one of every input lands
 * on the DLQ with the reason its file name gives ({@code invalid-<reason>--<detail>.json}).
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class SampleMessagesTest {

    private static final Map<String, String> TOPIC_OF_SAMPLES = Map.of(
            "reading", ReadingIngestor.TOPIC,
            "forecast", ForecastIngestor.TOPIC,
            "enterprise-telemetry", TelemetryIngestor.TOPIC);

    /** Inputs whose invalid samples are sent too; their valid ones are not (a regional warning would raise floors). */
    private static final Map<String, String> TOPIC_OF_INVALID_SAMPLES = Map.of(
            "reading", ReadingIngestor.TOPIC,
            "forecast", ForecastIngestor.TOPIC,
            "enterprise-telemetry", TelemetryIngestor.TOPIC,
            "regional-warning", RegionalFloors.TOPIC,
            "acknowledgement", DirectiveAckIngestor.TOPIC);

    private static final String SAMPLE = "test-sample";

    @Test
    void everyInvalidSampleIsRejectedWithItsReason() throws IOException {
        for (Map.Entry<String, String> e : TOPIC_OF_INVALID_SAMPLES.entrySet()) {
            List<Path> invalid = samples(e.getKey(), "invalid-");
            // the bounds of issue 10 (control characters, over-long strings and arrays) are among them
            assertThat(invalid).as("%s samples", e.getKey()).anyMatch(p -> p.toString().matches(".*(nul|bel|newline|line-break|escape).*"))
                    .anyMatch(p -> p.toString().matches(".*-over-\\d+\\.json"));
            for (Path sample : invalid) {
                // a header names the file; the DLQ keeps the original headers, so each record finds its sample
                Infra.send(e.getValue(), null, Files.readAllBytes(sample), Map.of(SAMPLE, sample.getFileName().toString()));
            }
            List<ConsumerRecord<String, byte[]>> dead = Infra.readAll(e.getValue() + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(8))
                    .stream().filter(r -> Infra.header(r, SAMPLE) != null).toList();
            Map<String, String> reasonBySample = dead.stream().collect(Collectors.toMap(
                    r -> Infra.header(r, SAMPLE), r -> Infra.header(r, DeadLetters.REASON)));
            Map<String, String> expected = invalid.stream().collect(Collectors.toMap(
                    p -> p.getFileName().toString(), SampleMessagesTest::reasonInName));
            assertThat(reasonBySample).as("DLQ reasons for %s samples", e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void everyValidSampleIsStored() throws Exception {
        for (Map.Entry<String, String> e : TOPIC_OF_SAMPLES.entrySet()) {
            for (Path sample : samples(e.getKey(), "valid-")) {
                Infra.send(e.getValue(), null, Files.readAllBytes(sample));
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ReadingIngestionTest.count("reading WHERE observed_at < '2021-01-01' AND station_code IN "
                    + "(SELECT code FROM station WHERE region_code = '141002')")).isGreaterThanOrEqualTo(1);
            assertThat(ReadingIngestionTest.count("forecast")).isGreaterThanOrEqualTo(samples("forecast", "valid-").size());
            assertThat(ReadingIngestionTest.count("enterprise_telemetry"))
                    .isGreaterThanOrEqualTo(samples("enterprise-telemetry", "valid-").size());
        });
    }

    private static String reasonInName(Path sample) {
        String name = sample.getFileName().toString();
        return name.substring("invalid-".length(), name.indexOf("--"));
    }

    private static List<Path> samples(String folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("kafka", "samples", folder))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
