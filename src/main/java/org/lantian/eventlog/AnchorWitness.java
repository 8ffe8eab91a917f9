package org.lantian.eventlog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.platform.kafka.KafkaClients;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

/**
 * The anchors as Kafka keeps them — the witness the database cannot rewrite. Reads {@link Anchor#TOPIC} from its
 * start to the end it had when asked (manual assignment, no consumer group), handing the anchors on one poll at a
 * time, so memory stays bounded however long the history. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class AnchorWitness {

    private static final Logger LOG = Logger.getLogger(AnchorWitness.class);

    private final Map<String, Object> kafkaConfig;
    private final ObjectMapper mapper;
    private final Duration timeout;

    AnchorWitness(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ObjectMapper mapper,
                  @ConfigProperty(name = "lantian.eventlog.anchor-read-timeout", defaultValue = "PT10S") Duration timeout) {
        this.kafkaConfig = kafkaConfig;
        this.mapper = mapper;
        this.timeout = timeout;
    }

    /** Kafka did not answer, or the topic is not there: nothing can be said about the anchors. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How many records were read, and how many of them were not anchors (skipped). */
    public record Reading(long anchors, long unreadable) {
    }

    /**
     * Hands every anchor on the topic to {@code batches}, in batches of at most one poll; what {@code batches}
     * throws propagates as it is. {@link Unavailable} when Kafka does not answer within
     * {@code lantian.eventlog.anchor-read-timeout} (for each request, and for each step of reading).
     */
    public Reading read(Consumer<List<Anchor>> batches) {
        long anchors = 0;
        long unreadable = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config())) {
            List<PartitionInfo> info = consumer.partitionsFor(Anchor.TOPIC, timeout);
            if (info == null || info.isEmpty()) {
                throw new Unavailable("topic " + Anchor.TOPIC + " does not exist", null);
            }
            List<TopicPartition> partitions = info.stream().map(p -> new TopicPartition(Anchor.TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions, timeout));
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
            long lastProgress = System.nanoTime();
            while (!remaining.isEmpty()) {
                List<Anchor> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (!remaining.containsKey(new TopicPartition(r.topic(), r.partition()))
                            || r.offset() >= remaining.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // published after we asked: not part of this reading
                    }
                    try {
                        batch.add(Anchor.parse(mapper, r.value()));
                    } catch (IllegalArgumentException e) {
                        unreadable++;
                        LOG.warnf("%s-%d offset %d is not an anchor, skipped: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
                    }
                }
                if (!batch.isEmpty()) {
                    anchors += batch.size();
                    batches.accept(batch);
                }
                int before = remaining.size();
                remaining.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
                if (!batch.isEmpty() || remaining.size() < before) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                    throw new Unavailable("reading " + Anchor.TOPIC + " made no progress for " + timeout + ", "
                            + anchors + " anchor(s) read, partitions left: " + remaining.keySet(), null);
                }
            }
        } catch (KafkaException e) {
            throw new Unavailable("Kafka did not answer: " + e, e);
        }
        return new Reading(anchors, unreadable);
    }

    private Map<String, Object> config() {
        Map<String, Object> config = KafkaClients.connectionSettings(kafkaConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return config;
    }
}
