package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.DeadLetters;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readings published with a real producer are stored once; replays change nothing; bad ones reach the DLQ. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ReadingIngestionTest {

    private static final String TOPIC = ReadingIngestor.TOPIC;
    private static final String DLQ = TOPIC + ".dlq";

    @jakarta.inject.Inject
    org.lantian.testing.MovableClock clock;

    @Test
    void storesReadingsAndIgnoresReplays() throws Exception {
        String first = reading("141025-01", "2020-01-10T08:00:00+08:00", 182.0);
        String second = reading("141025-02", "2020-01-10T08:00:00+08:00", 170.5);
        Infra.send(TOPIC, "141025-01", first);
        Infra.send(TOPIC, "141025-02", second);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("reading WHERE observed_at = '2020-01-10T00:00:00Z' AND station_code LIKE '141025-%'") == 2);
        assertThat(value("SELECT pm25 FROM reading WHERE station_code = '141025-01' AND observed_at = '2020-01-10T00:00:00Z'"))
                .isEqualTo("182");
        assertThat(value("SELECT co FROM reading WHERE station_code = '141025-01' AND observed_at = '2020-01-10T00:00:00Z'"))
                .isEqualTo("2.1");

        // the same record again, then a marker on the same key (same partition, so processed after it):
        // once the marker is stored, the replay has been processed
        Infra.send(TOPIC, "141025-01", first);
        Infra.send(TOPIC, "141025-01", reading("141025-01", "2020-01-10T09:00:00+08:00", 1.0));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("reading WHERE station_code = '141025-01'") == 2);
        assertThat(value("SELECT revision FROM reading WHERE station_code = '141025-01' AND observed_at = '2020-01-10T00:00:00Z'"))
                .isEqualTo("1");
        assertThat(count("reading_correction WHERE station_code = '141025-01'")).isZero();
    }

    @Test
    void aChangedValueForTheSameHourIsACorrection() throws Exception {
        Infra.send(TOPIC, "141022-01", reading("141022-01", "2020-01-11T09:00:00+08:00", 100.0));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("reading WHERE station_code = '141022-01'") == 1);
        Infra.send(TOPIC, "141022-01", reading("141022-01", "2020-01-11T09:00:00+08:00", 120.0));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("reading_correction WHERE station_code = '141022-01'") == 1);
        assertThat(value("SELECT pm25 FROM reading WHERE station_code = '141022-01'")).isEqualTo("120");
        assertThat(value("SELECT revision FROM reading WHERE station_code = '141022-01'")).isEqualTo("2");
        assertThat(value("SELECT previous->>'pm25' FROM reading_correction WHERE station_code = '141022-01'"))
                .isEqualTo("100");
    }

    @Test
    void rejectedReadingsGoToTheDeadLetterTopicWithTheirReasonAndProcessingGoesOn() throws Exception {
        // two hours ahead of the application's clock (the one the future-skew check reads)
        String future = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS).plusHours(2)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String badJson = "{\"stationCode\": \"141024-01\", \"observedAt\": ";
        // each marked with this test's case, so the dead letters found are these and no other test's
        String run = "rejected-" + java.util.UUID.randomUUID();
        Map<String, String> mark = Map.of("test-case", run);
        Infra.send(TOPIC, "141024-01", badJson.getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141099-01", reading("141099-01", "2020-01-12T08:00:00+08:00", 50.0).getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141024-01", reading("141024-01", "2020-01-12T08:00:00+08:00", -5.0).getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141024-01", reading("141024-01", future, 50.0).getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141024-01", reading("141024-01", "2020-01-12T08:30:00+08:00", 50.0).getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141024-01", ("{\"stationCode\": \"141024-01\", \"observedAt\": \"2020-01-12T08:00:00+08:00\", \"pm25\": \"high\"}")
                .getBytes(StandardCharsets.UTF_8), mark);
        Infra.send(TOPIC, "141024-02", reading("141024-02", "2020-01-12T08:00:00+08:00", 75.0));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("reading WHERE station_code = '141024-02'") == 1);
        // awaited until all six are there (the DLQ holds other tests' letters too: no count of the whole topic)
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30)).until(() -> Infra.readAll(DLQ,
                Integer.MAX_VALUE, Duration.ofSeconds(10)).stream().filter(r -> run.equals(Infra.header(r, "test-case"))).toList(),
                l -> l.size() >= 6);
        // the DLQ has several partitions: order is per key only
        Map<String, ConsumerRecord<String, byte[]>> byReason = dead.stream()
                .collect(Collectors.toMap(r -> Infra.header(r, DeadLetters.REASON), r -> r));
        assertThat(byReason).containsOnlyKeys("invalid-json", "unknown-station", "negative-value", "future-timestamp",
                "not-on-the-hour", "schema-violation");
        assertThat(Infra.header(byReason.get("unknown-station"), DeadLetters.FIELD)).isEqualTo("stationCode");
        assertThat(Infra.header(byReason.get("negative-value"), DeadLetters.FIELD)).isEqualTo("pm25");
        assertThat(Infra.header(byReason.get("future-timestamp"), DeadLetters.FIELD)).isEqualTo("observedAt");
        assertThat(Infra.header(byReason.get("not-on-the-hour"), DeadLetters.FIELD)).isEqualTo("observedAt");
        assertThat(Infra.header(byReason.get("schema-violation"), DeadLetters.FIELD)).isEqualTo("pm25");
        assertThat(new String(byReason.get("invalid-json").value(), StandardCharsets.UTF_8)).isEqualTo(badJson);
        assertThat(byReason.get("unknown-station").key()).isEqualTo("141099-01");
        assertThat(Infra.header(byReason.get("negative-value"), DeadLetters.TOPIC)).isEqualTo(TOPIC);
        assertThat(Infra.header(byReason.get("negative-value"), DeadLetters.DETAIL))
                .contains("pm25 must not be negative");
        assertThat(count("reading WHERE station_code = '141024-01'")).isZero();
    }

    static String reading(String station, String at, double pm25) {
        return """
                {"stationCode": "%s", "observedAt": "%s", "pm25": %s, "pm10": 240.0, "so2": 45.0, "no2": 80.0, "co": 2.1, "o3": 12.0}
                """.formatted(station, at, pm25);
    }

    static long count(String fromWhere) throws SQLException {
        return Long.parseLong(value("SELECT count(*) FROM " + fromWhere));
    }

    /** Whether two queries return the same rows (as text), in order. */
    static boolean rowsEqual(String first, String second) throws SQLException {
        return rows(first).equals(rows(second)) && !rows(first).isEmpty();
    }

    static List<String> rows(String sql) throws SQLException {
        return Infra.query(sql, rs -> {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
            return rows;
        });
    }

    static String value(String sql) throws SQLException {
        return Infra.scalar(sql);
    }
}
