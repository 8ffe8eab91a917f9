package org.lantian.platform.ingest;

import java.util.List;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.lantian.platform.failure.Isolation;

import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.kafka.ConsumerProgress;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.KafkaSettings;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** What every consumer of an input topic shares: schemas, the DLQ, progress tracking, metrics, limits. */
@Singleton
public class IngestSupport {

    final RecordSchemas schemas;
    final ObjectMapper mapper;
    final DeadLetterPublisher deadLetters;
    final MeterRegistry registry;
    final ConsumerProgress progress;
    final int maxRecordBytes;
    /** The counters of the single-record channels, by capability and topic (the batch ones keep their own). */
    private final java.util.Map<String, IngestMetrics> metrics = new java.util.concurrent.ConcurrentHashMap<>();

    IngestSupport(RecordSchemas schemas, ObjectMapper mapper, DeadLetterPublisher deadLetters, MeterRegistry registry,
                  ConsumerProgress progress, KafkaSettings settings) {
        this.schemas = schemas;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.progress = progress;
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    public RecordSchemas schemas() {
        return schemas;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public DeadLetterPublisher deadLetters() {
        return deadLetters;
    }

    public ConsumerProgress progress() {
        return progress;
    }

    /** Records larger than this are refused before they are parsed (reason {@code too-large}). */
    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** Refuses a record value larger than the limit, before anything reads it. */
    public void requireWithinLimit(byte[] value) {
        if (value != null && value.length > maxRecordBytes) {
            throw new RecordRejected("too-large", "", "record value of " + value.length + " bytes exceeds the limit of "
                    + maxRecordBytes + " bytes (lantian.kafka.max-record-bytes)");
        }
    }

    /**
     * Processes one record of a single-record channel: transient failures retried with back-off,
     * a record refused at the door ({@link RecordRejected}) or one that fails by itself goes to the
     * DLQ with the reason, and the channel moves on. Completes when the record is done either way.
     */
    public Uni<Void> processOne(String capability, String channel, ConsumerRecord<String, byte[]> record,
                                Function<ConsumerRecord<String, byte[]>, Uni<?>> work) {
        return progress.track(channel, List.of(record), () -> Isolation.run(channel, List.of(record), list -> work.apply(list.get(0)))
                .chain(outcome -> {
                    if (outcome.poisoned().isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Isolation.Poisoned<ConsumerRecord<String, byte[]>> p = outcome.poisoned().get(0);
                    RecordRejected why = p.asRejection();
                    metrics.computeIfAbsent(capability + " " + record.topic(), k -> new IngestMetrics(registry, capability, record.topic()))
                            .rejected(why.reason());
                    return deadLetters.publish(List.of(new DeadLetterPublisher.DeadLetter(record, why, channel)));
                }));
    }
}
