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

import com.fasterxml.jackson.databind.JsonNode;
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
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
            Map<String, String> expected = invalid.stream().collect(Collectors.toMap(
                    p -> p.getFileName().toString(), SampleMessagesTest::reasonInName));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, String> reasonBySample = Infra.readAll(e.getValue() + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(5))
                        .stream().filter(r -> Infra.header(r, SAMPLE) != null).collect(Collectors.toMap(
                                r -> Infra.header(r, SAMPLE), r -> Infra.header(r, DeadLetters.REASON)));
                assertThat(reasonBySample).as("DLQ reasons for %s samples", e.getKey()).isEqualTo(expected);
            });
        }
    }

    @Test
    void everyValidSampleIsStored() throws Exception {
        for (Map.Entry<String, String> e : TOPIC_OF_SAMPLES.entrySet()) {
            for (Path sample : samples(e.getKey(), "valid-")) {
                Infra.send(e.getValue(), null, Files.readAllBytes(sample));
            }
        }
        // each sample's own row, found by its key (other tests share the database)
        for (Path sample : samples("reading", "valid-")) {
            JsonNode r = JSON.readTree(sample.toFile());
            awaitRow(sample, "reading WHERE station_code = '%s' AND observed_at = '%s'".formatted(
                    r.get("stationCode").asText(), r.get("observedAt").asText()));
        }
        for (Path sample : samples("forecast", "valid-")) {
            JsonNode f = JSON.readTree(sample.toFile());
            awaitRow(sample, "forecast WHERE region_code = '%s' AND issued_at = '%s'".formatted(
                    f.get("regionCode").asText(), f.get("issuedAt").asText()));
        }
        for (Path sample : samples("enterprise-telemetry", "valid-")) {
            JsonNode t = JSON.readTree(sample.toFile());
            awaitRow(sample, "enterprise_telemetry WHERE enterprise_id = '%s' AND meter = '%s' AND kind = '%s' AND measured_at = '%s'"
                    .formatted(t.get("enterpriseId").asText(), t.get("meter").asText(), t.get("kind").asText(),
                            t.get("measuredAt").asText()));
        }
    }

    private static void awaitRow(Path sample, String where) {
        await(sample.getFileName() + " stored").atMost(Duration.ofSeconds(30))
                .until(() -> ReadingIngestionTest.count(where) == 1);
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
