package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.lantian.platform.kafka.KafkaClients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the industrial orders published from the moment a replay starts, as an enterprise's system would: a plain
 * consumer of every partition of the directive topic, without a group (it owns nothing and commits nothing).
 * For the replay's one thread.
 */
final class OrderWatch implements AutoCloseable {

    static final String TOPIC = "aq.directive.industrial.v1";
    private static final Logger LOG = Logger.getLogger(OrderWatch.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KafkaConsumer<byte[], byte[]> consumer;

    OrderWatch(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = new HashMap<>(KafkaClients.connectionSettings(kafkaConfig));
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(settings);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // fixes the positions now, before any order of this run can be published
        partitions.forEach(consumer::position);
    }

    /** The orders published since the last call (what has arrived; the rest comes with a later call). */
    List<SeenOrder> poll() {
        List<SeenOrder> orders = new ArrayList<>();
        Duration wait = Duration.ofMillis(200);
        while (true) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(wait);
            if (records.isEmpty()) {
                return orders;
            }
            for (ConsumerRecord<byte[], byte[]> r : records) {
                SeenOrder o = parse(r.value());
                if (o != null) {
                    orders.add(o);
                }
            }
            wait = Duration.ofMillis(20);
        }
    }

    private static SeenOrder parse(byte[] value) {
        try {
            JsonNode n = MAPPER.readTree(value);
            return new SeenOrder(n.path("directiveId").asText(), n.path("version").asInt(), n.path("warningId").asText(null),
                    n.path("enterpriseId").asText(), n.path("level").asText(), n.path("action").asText(),
                    instant(n, "effectiveFrom"), instant(n, "issuedAt"), instant(n, "ackDeadline"));
        } catch (Exception e) {
            // the application published it against its own schema: not the replay's to judge, only to skip
            LOG.warnf("episode: an order it cannot read is skipped: %s", e.toString());
            return null;
        }
    }

    private static Instant instant(JsonNode n, String field) {
        return OffsetDateTime.parse(n.path(field).asText()).toInstant();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
