package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A reading keyed by another station than its own would land on the wrong owner's partition: refused, not stored. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class KeyMismatchTest {

    @Test
    void aReadingKeyedByAnotherStationGoesToTheDeadLetterTopicWithItsBytes() throws Exception {
        String value = """
                {"stationCode": "141030-01", "observedAt": "2020-02-03T08:00:00+08:00", "pm25": 35.0}""";
        Infra.send(ReadingIngestor.TOPIC, "141030-02", value.getBytes(StandardCharsets.UTF_8), Map.of("test-case", "key-mismatch"));
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> Infra.readAll(ReadingIngestor.TOPIC + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(1)).stream()
                        .filter(r -> "key-mismatch".equals(Infra.header(r, "test-case"))).findFirst().orElse(null),
                r -> r != null);
        assertThat(Infra.header(dead, "dead-letter-reason")).isEqualTo("key-mismatch");
        assertThat(Infra.header(dead, "dead-letter-field")).isEqualTo("stationCode");
        assertThat(Infra.header(dead, "dead-letter-detail")).isEqualTo("record key 141030-02 is not the station code 141030-01");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        try (Connection c = Infra.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM reading WHERE station_code = '141030-01' AND observed_at = '2020-02-03T08:00:00+08:00'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
