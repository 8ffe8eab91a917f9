package org.lantian.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The one producer for what Lantian writes outside the messaging channels (DLQ,
 * outbox): acks=all with idempotence, so a retried send is neither lost nor
 * doubled, and per-partition order holds. A Uni completes when the broker has
 * every record of the list.
 */
@ApplicationScoped
public class KafkaSender {

    private final Map<String, Object> kafkaConfig;
    private final Map<String, Object> tuning;
    private volatile KafkaProducer<byte[], byte[]> producer;

    KafkaSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, KafkaSettings settings) {
        this.kafkaConfig = kafkaConfig;
        this.tuning = Map.copyOf(settings.producer());
    }

    /** The producer settings taken from configuration. */
    Map<String, Object> tuning() {
        return tuning;
    }

    public Uni<Void> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // send() can block on metadata: keep it off the event loop
        return Uni.createFrom().item(() -> send(records))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(all -> Uni.createFrom().completionStage(all))
                .replaceWithVoid();
    }

    /**
     * Sends every record and reports each one's outcome in order: null when the broker has it,
     * else the failure. Never fails as a whole, so one refused record does not hide the others.
     */
    public Uni<List<Throwable>> sendEach(List<ProducerRecord<byte[], byte[]>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().item(() -> {
                    KafkaProducer<byte[], byte[]> p = producer();
                    List<CompletableFuture<Throwable>> outcomes = new java.util.ArrayList<>(records.size());
                    for (ProducerRecord<byte[], byte[]> record : records) {
                        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
                        outcomes.add(outcome);
                        try {
                            p.send(record, (metadata, error) -> outcome.complete(error));
                        } catch (RuntimeException e) {
                            outcome.complete(e);
                        }
                    }
                    return outcomes;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(outcomes -> Uni.createFrom().completionStage(
                        CompletableFuture.allOf(outcomes.toArray(new CompletableFuture<?>[0]))
                                .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList())))
                // completed on the producer's network thread: what follows must not run there
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    private CompletableFuture<Void> send(List<ProducerRecord<byte[], byte[]>> records) {
        KafkaProducer<byte[], byte[]> p = producer();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[records.size()];
        for (int i = 0; i < records.size(); i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            sent[i] = done;
            p.send(records.get(i), (metadata, error) -> {
                if (error != null) {
                    done.completeExceptionally(error);
                } else {
                    done.complete(null);
                }
            });
        }
        return CompletableFuture.allOf(sent);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = KafkaClients.connectionSettings(kafkaConfig);
                    config.putAll(tuning);
                    // what correctness rests on is not a setting: no duplicates on retry, every replica in sync
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    // the topic's max.message.bytes is the real limit (TopicLimits); this only keeps the producer out of its way
                    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicLimits.PRODUCER_MAX_REQUEST);
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
