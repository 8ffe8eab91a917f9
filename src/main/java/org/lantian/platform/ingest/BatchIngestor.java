package org.lantian.platform.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.lantian.platform.failure.Isolation;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.kafka.DeadLetterPublisher.DeadLetter;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The ingestion pipeline for one input topic, one Kafka batch at a time:
 * size → schema → typed record → semantic checks → one idempotent write for all
 * accepted records → rejected ones to the DLQ. A write that fails transiently is
 * retried with back-off; one that the database refuses for the data is split
 * until the records it refuses are found, and only those go to the DLQ
 * ({@code unstorable}). The returned Uni completes only when both the write and
 * the DLQ are done, and only then are the offsets committed: nothing is
 * acknowledged before it is stored or dead-lettered.
 */
public abstract class BatchIngestor<T> {

    private static final Logger LOG = Logger.getLogger(BatchIngestor.class);

    private final String channel;
    private final String topic;
    private final Class<T> type;
    private final IngestSupport support;
    private final IngestMetrics metrics;
    private final RecordKey<T> key;

    /**
     * What a record's Kafka key must be: the value of one of its fields (partitioning by it is what makes one
     * consumer own a station, region or enterprise). A record keyed otherwise is refused as {@code key-mismatch};
     * a record without a key is taken as it is.
     */
    public record RecordKey<T>(String field, String what, java.util.function.Function<T, String> of) {
    }

    protected BatchIngestor(IngestSupport support, String capability, String channel, String topic, Class<T> type) {
        this(support, capability, channel, topic, type, null);
    }

    protected BatchIngestor(IngestSupport support, String capability, String channel, String topic, Class<T> type,
                            RecordKey<T> key) {
        this.key = key;
        this.channel = channel;
        this.topic = topic;
        this.type = type;
        this.support = support;
        this.metrics = new IngestMetrics(support.registry, capability, topic);
    }

    /** Semantic checks of one record; throws {@link RecordRejected}. */
    protected abstract void check(T value, String key);

    /** Writes all accepted records at once, idempotently; may refuse some (they go to the DLQ). */
    protected abstract Uni<StoreResult<T>> store(List<T> accepted);

    /** Reloads cached reference data when a record names an unknown code; true if it reloaded. */
    protected Uni<Boolean> refreshReferenceData() {
        return Uni.createFrom().item(false);
    }

    public Uni<Void> ingest(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        return ingest(all);
    }

    public Uni<Void> ingest(List<ConsumerRecord<String, byte[]>> records) {
        return support.progress.track(channel, records, () -> {
            Sorted<T> first = sort(records);
            if (first.rejected.stream().noneMatch(d -> d.why().isUnknownReference())) {
                return finish(first);
            }
            return refreshReferenceData().chain(reloaded -> reloaded ? finish(sort(records)) : finish(first));
        });
    }

    private Uni<Void> finish(Sorted<T> sorted) {
        return Isolation.run("storing " + topic, sorted.accepted, this::store)
                .chain(outcome -> {
                    List<DeadLetter> rejected = new ArrayList<>(sorted.rejected);
                    for (StoreResult<T> result : outcome.results()) {
                        metrics.stored(result.outcome());
                        result.refused().forEach(r -> rejected.add(letter(sorted.origin.get(r.value()), r.why())));
                    }
                    for (Isolation.Poisoned<T> p : outcome.poisoned()) {
                        rejected.add(letter(sorted.origin.get(p.item()), p.asRejection()));
                    }
                    return support.deadLetters.publish(rejected)
                            .invoke(() -> rejected.forEach(d -> metrics.rejected(d.why().reason())));
                });
    }

    private Sorted<T> sort(List<ConsumerRecord<String, byte[]>> records) {
        Sorted<T> sorted = new Sorted<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                support.requireWithinLimit(record.value());
                T value = read(support.schemas.parse(topic, record.value()));
                requireKey(value, record.key());
                check(value, record.key());
                sorted.accepted.add(value);
                sorted.origin.put(value, record);
            } catch (RecordRejected why) {
                sorted.rejected.add(letter(record, why));
            } catch (RuntimeException e) {
                // a bug must not stall the topic: the record is kept on the DLQ with the cause
                LOG.errorf(e, "Unexpected failure on %s-%d@%d", record.topic(), record.partition(), record.offset());
                sorted.rejected.add(letter(record, new RecordRejected("processing-error", "", String.valueOf(e))));
            }
        }
        return sorted;
    }

    private void requireKey(T value, String recordKey) {
        if (key == null || recordKey == null || recordKey.isEmpty()) {
            return;
        }
        String expected = key.of().apply(value);
        if (!recordKey.equals(expected)) {
            throw new RecordRejected("key-mismatch", key.field(), "record key " + recordKey + " is not the " + key.what() + " " + expected);
        }
    }

    private DeadLetter letter(ConsumerRecord<String, byte[]> record, RecordRejected why) {
        return new DeadLetter(record, why, channel);
    }

    private T read(JsonNode node) {
        try {
            return support.mapper.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new RecordRejected("schema-violation", "", "cannot read as " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static final class Sorted<T> {
        final List<T> accepted = new ArrayList<>();
        final List<DeadLetter> rejected = new ArrayList<>();
        final Map<T, ConsumerRecord<String, byte[]>> origin = new IdentityHashMap<>();
    }
}
