package org.lantian.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.lantian.monitoring.RegionAqiAggregator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@value RegionAqiAggregator#TOPIC} from its beginning on a thread of its own while P1 runs: counts the
 * messages per region-hour of the regions involved, and notes when every region's last hour has been published with
 * all its stations (its final answer).
 */
final class RegionAqiWatch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Region → how many stations its last hour is complete with. */
    private final Map<String, Integer> expected;
    private final Instant lastHour;
    private final Map<String, Integer> perRegionHour = new ConcurrentHashMap<>();
    private final Set<String> finalLast = ConcurrentHashMap.newKeySet();
    private volatile long allFinalAt;
    private volatile long messages;
    private volatile boolean stop;
    private final Thread thread;

    RegionAqiWatch(Map<String, Integer> expected, Instant lastHour) {
        this.expected = Map.copyOf(expected);
        this.lastHour = lastHour;
        this.thread = new Thread(this::read, "bench-region-aqi-watch");
        thread.setDaemon(true);
    }

    RegionAqiWatch start() {
        thread.start();
        return this;
    }

    private void read() {
        try (KafkaConsumer<String, byte[]> consumer = BenchClients.consumer()) {
            BenchClients.assignFromBeginning(consumer, RegionAqiAggregator.TOPIC);
            while (!stop) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    seen(r.value());
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    private void seen(byte[] value) throws Exception {
        JsonNode m = JSON.readTree(value);
        String region = m.path("regionCode").asText();
        Integer stations = expected.get(region);
        if (stations == null) {
            return;
        }
        Instant hour = OffsetDateTime.parse(m.path("hour").asText()).toInstant();
        perRegionHour.merge(region + "@" + hour.getEpochSecond(), 1, Integer::sum);
        messages++;
        if (hour.equals(lastHour) && m.path("stationCount").asInt() >= stations && finalLast.add(region)
                && finalLast.size() == expected.size()) {
            allFinalAt = System.nanoTime();
        }
    }

    /** System.nanoTime() when the last region's last hour was seen complete; 0 before. */
    long allFinalAt() {
        return allFinalAt;
    }

    long messages() {
        return messages;
    }

    int regionHours() {
        return perRegionHour.size();
    }

    int maxPerRegionHour() {
        return new HashMap<>(perRegionHour).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    Set<String> missing() {
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(finalLast);
        return missing;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join(5_000);
    }
}
