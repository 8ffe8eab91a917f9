package org.lantian.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.lantian.warning.WarningEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@value WarningEvent#TOPIC} on a thread of its own, as a downstream consumer would, and notes when each
 * (region, level) PROPOSED event was first polled.
 */
final class WarningEventWatch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> proposedAt = new ConcurrentHashMap<>();
    private volatile boolean stop;
    private final Thread thread = new Thread(this::read, "bench-warning-event-watch");

    WarningEventWatch start() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void read() {
        try (KafkaConsumer<String, byte[]> consumer = BenchClients.consumer()) {
            BenchClients.assignFromBeginning(consumer, WarningEvent.TOPIC);
            while (!stop) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    JsonNode e = JSON.readTree(r.value());
                    if ("PROPOSED".equals(e.path("type").asText())) {
                        proposedAt.putIfAbsent(e.path("regionCode").asText() + ":" + e.path("level").asText(), now);
                    }
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /** System.nanoTime() when the region's PROPOSED of that level was first seen; 0 before. */
    long proposedAt(String region, String level) {
        return proposedAt.getOrDefault(region + ":" + level, 0L);
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join(5_000);
    }
}
