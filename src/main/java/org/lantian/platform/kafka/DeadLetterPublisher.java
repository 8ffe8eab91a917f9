package org.lantian.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;
import org.lantian.platform.ingest.RecordRejected;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Writes rejected records to {@code <topic>.dlq}: the original key, value and
 * headers untouched, plus {@code dead-letter-*} headers saying why. Returns only
 * once the broker has them (acks=all), so the input offset is committed after.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    public static final String REASON = "dead-letter-reason";
    public static final String FIELD = "dead-letter-field";
    public static final String DETAIL = "dead-letter-detail";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    /** A record and why it was refused. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, RecordRejected why) {
    }

    private final Map<String, Object> kafkaConfig;
    private volatile KafkaProducer<byte[], byte[]> producer;

    DeadLetterPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    public Uni<Void> publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // send() can block on metadata: keep it off the event loop
        return Uni.createFrom().item(() -> sendAll(letters))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(all -> Uni.createFrom().completionStage(all))
                .replaceWithVoid();
    }

    private CompletableFuture<Void> sendAll(List<DeadLetter> letters) {
        KafkaProducer<byte[], byte[]> p = producer();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[letters.size()];
        for (int i = 0; i < letters.size(); i++) {
            DeadLetter letter = letters.get(i);
            ConsumerRecord<String, byte[]> in = letter.record();
            CompletableFuture<Void> done = new CompletableFuture<>();
            sent[i] = done;
            p.send(toDeadLetter(in, letter.why()), (metadata, error) -> {
                if (error != null) {
                    done.completeExceptionally(error);
                } else {
                    done.complete(null);
                }
            });
            LOG.infof("Rejected %s-%d@%d: %s (field %s) %s", in.topic(), in.partition(), in.offset(),
                    letter.why().reason(), letter.why().field(), letter.why().detail());
        }
        return CompletableFuture.allOf(sent);
    }

    static ProducerRecord<byte[], byte[]> toDeadLetter(ConsumerRecord<String, byte[]> in, RecordRejected why) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : in.headers()) {
            headers.add(h);
        }
        headers.add(REASON, utf8(why.reason()));
        headers.add(FIELD, utf8(why.field()));
        headers.add(DETAIL, utf8(why.detail()));
        headers.add(TOPIC, utf8(in.topic()));
        headers.add(PARTITION, utf8(Integer.toString(in.partition())));
        headers.add(OFFSET, utf8(Long.toString(in.offset())));
        byte[] key = in.key() == null ? null : utf8(in.key());
        return new ProducerRecord<>(TopicCatalog.deadLetterTopicOf(in.topic()), null, key, in.value(), headers);
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = KafkaClients.connectionSettings(kafkaConfig);
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, "lantian-dlq");
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                    producer = new KafkaProducer<>(config);
                }
                p = producer;
            }
        }
        return p;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
