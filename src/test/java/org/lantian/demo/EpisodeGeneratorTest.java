package org.lantian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lantian.aqi.AqiCalculator;
import org.lantian.aqi.AqiInput;
import org.lantian.aqi.AqiKind;
import org.lantian.aqi.AqiStandards;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.platform.kafka.SchemasForTests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The default episode: deterministic from its seed, heavy in the plains and not in the mountains, valid on every topic but for its bad values. */
class EpisodeGeneratorTest {

    static final Scenario WINTER = Scenario.load("demo/episode-linfen-winter.json");
    static final Instant START = Instant.parse("2026-01-05T16:00:00Z"); // midnight in Linfen
    static final List<String> STATIONS = demoStations();
    static final Episode EPISODE = EpisodeGenerator.generate(WINTER, 42, START, STATIONS);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSameSeedGivesTheSameEpisodeAndAnotherSeedAnotherOne() {
        // compared as booleans: a failure would print thousands of messages
        assertThat(EpisodeGenerator.generate(WINTER, 42, START, STATIONS).equals(EPISODE)).isTrue();
        Episode other = EpisodeGenerator.generate(WINTER, 43, START, STATIONS);
        assertThat(other.messages().equals(EPISODE.messages())).isFalse();
        // the same shape all the same: the same bad values, hours and topics
        assertThat(other.badValues()).isEqualTo(EPISODE.badValues());
        assertThat(other.messages().get(0).offset()).isEqualTo(EPISODE.messages().get(0).offset());
    }

    @Test
    void messagesAreInPublishingOrderWithTheHistoryFirst() {
        List<Duration> offsets = EPISODE.messages().stream().map(TimedMessage::offset).toList();
        assertThat(offsets).isSorted();
        assertThat(offsets.get(0)).isEqualTo(Duration.ofHours(1)); // the first hour of readings
        // the electricity history: 7 days before the start
        assertThat(EPISODE.meterHours().stream().mapToInt(MeterHour::hour).min().orElseThrow()).isEqualTo(1 - 24 * 7);
        assertThat(offsets.get(offsets.size() - 1)).isLessThanOrEqualTo(Duration.ofHours(WINTER.hours()));
        assertThat(EPISODE.hours()).isEqualTo(168);
    }

    @Test
    void thePlainsPeakAbove300AndTheMountainsStayLower() throws IOException {
        Map<String, Integer> peak = peakAqiByCounty();
        assertThat(peak.get("141002")).isGreaterThan(300);
        assertThat(peak.get("141024")).isGreaterThan(300);
        assertThat(peak.get("141081")).isGreaterThan(300);
        assertThat(peak.get("141023")).isGreaterThan(300);
        for (String mountain : List.of("141027", "141028", "141030", "141031", "141032", "141033", "141034")) {
            assertThat(peak.get(mountain)).as(mountain).isLessThan(250).isLessThan(peak.get("141002") - 100);
        }
    }

    @Test
    void everyMessageIsValidOnItsTopicButTheBadValuesWhichFailForTheirReason() throws IOException {
        RecordSchemas schemas = SchemasForTests.load();
        Map<String, BadValue> bad = new HashMap<>();
        EPISODE.badValues().forEach(b -> bad.put(b.stationCode() + "@" + b.observedAt(), b));
        int badSeen = 0;
        List<TimedMessage> all = new ArrayList<>(EPISODE.messages());
        for (MeterHour mh : EPISODE.meterHours()) {
            for (boolean ordered : new boolean[] {false, true}) {
                all.add(TelemetrySeries.render(mh, ordered, WINTER.compliantShare(), EPISODE.start(), EPISODE.zone()));
            }
        }
        for (TimedMessage m : all) {
            byte[] bytes = m.json().getBytes(StandardCharsets.UTF_8);
            JsonNode node = MAPPER.readTree(bytes);
            BadValue b = Topics.READINGS.equals(m.topic())
                    ? bad.get(node.get("stationCode").asText() + "@" + node.get("observedAt").asText()) : null;
            if (b == null) {
                assertThat(schemas.parse(m.topic(), bytes)).as(m.json()).isNotNull();
                continue;
            }
            badSeen++;
            switch (b.kind()) {
                case NOT_A_NUMBER -> assertThatThrownBy(() -> schemas.parse(m.topic(), bytes))
                        .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.reason()).isEqualTo(b.reason()));
                case NEGATIVE -> assertThat(schemas.parse(m.topic(), bytes).get("pm25").asDouble()).isNegative();
                case IMPLAUSIBLE -> assertThat(schemas.parse(m.topic(), bytes).get("pm25").asDouble()).isGreaterThan(3000);
            }
        }
        assertThat(badSeen).isEqualTo(WINTER.badReadings().size()).isEqualTo(EPISODE.badValues().size()).isEqualTo(4);
        assertThat(EPISODE.badValues()).extracting(BadValue::reason)
                .containsExactly("negative-value", "implausible-value", "schema-violation", "negative-value");
    }

    @Test
    void everyPartIsThere() {
        Map<String, Long> byTopic = new HashMap<>();
        EPISODE.messages().forEach(m -> byTopic.merge(m.topic(), 1L, Long::sum));
        // every station × 168 hours, minus the absent ones (0.3 %)
        long all = STATIONS.size() * 168L;
        assertThat(STATIONS).hasSize(54);
        assertThat(byTopic.get(Topics.READINGS)).isBetween(all - all / 100, all - 1);
        // 7 afternoons × (the city + 17 counties)
        assertThat(byTopic.get(Topics.FORECASTS)).isEqualTo(7L * 18);
        assertThat(byTopic.get(Topics.REGIONAL)).isEqualTo(1L);
        List<String> banned = EPISODE.messages().stream().filter(m -> m.json().contains("CHINA_IV\"")
                || m.json().contains("CHINA_III\"")).map(TimedMessage::key).toList();
        assertThat(banned).containsExactly("91141024MA0LD0182F", "91141024MA0LD0182F");
        // the silent steel works stops at hour 104 on both its meters
        long silent = EPISODE.meterHours().stream().filter(m -> m.enterprise().id().equals("91141002MA0LD0009B")).count();
        assertThat(silent).isEqualTo(2L * (7 * 24 + 103));
        // every other meter: 7 days of history and the 168 hours (6 enterprises, 12 meters in all)
        assertThat(EPISODE.meterHours()).hasSize(10 * (7 * 24 + 168) + (int) silent);
    }

    @Test
    void aBadValueForAStationNotInTheEpisodeIsRefused() {
        assertThatThrownBy(() -> EpisodeGenerator.generate(WINTER, 1, START, List.of("141002-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("141024-02");
        assertThatThrownBy(() -> EpisodeGenerator.generate(WINTER, 1, START.plusSeconds(60), STATIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Per county, the hourly AQI of its stations' mean PM2.5, at its highest. */
    private static Map<String, Integer> peakAqiByCounty() throws IOException {
        AqiStandards standards = AqiStandards.loadDefault();
        AqiCalculator calculator = new AqiCalculator();
        Map<String, List<Double>> byCountyHour = new HashMap<>();
        for (TimedMessage m : EPISODE.messages()) {
            if (!m.topic().equals(Topics.READINGS)) {
                continue;
            }
            JsonNode r = MAPPER.readTree(m.json());
            if (r.get("pm25") == null || !r.get("pm25").isNumber() || r.get("pm25").asDouble() < 0 || r.get("pm25").asDouble() > 3000) {
                continue;
            }
            String key = r.get("stationCode").asText().substring(0, 6) + "@" + r.get("observedAt").asText();
            byCountyHour.computeIfAbsent(key, k -> new ArrayList<>()).add(r.get("pm25").asDouble());
        }
        Map<String, Integer> peak = new HashMap<>();
        byCountyHour.forEach((key, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Instant at = Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(key.substring(7)));
            Integer aqi = calculator.compute(standards.forInstant(at), AqiKind.HOURLY, AqiInput.builder().pm25(mean).build()).aqi();
            peak.merge(key.substring(0, 6), aqi, Math::max);
        });
        return peak;
    }

    /** The demo stations of the seed migration, as the replay reads them from monitoring. */
    static List<String> demoStations() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration/V2__linfen_regions_and_demo_stations.sql"));
            Matcher m = Pattern.compile("\\('(\\d{6}-\\d{2})'").matcher(sql);
            TreeSet<String> codes = new TreeSet<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
