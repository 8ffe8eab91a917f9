package org.lantian.platform.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.DeadLetterPublisher.DeadLetter;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The ingestion pipeline for one input topic, one Kafka batch at a time:
 * schema → typed record → semantic checks → one idempotent write for all
 * accepted records → rejected ones to the DLQ. The returned Uni completes only
 * when both the write and the DLQ are done, and only then are the offsets
 * committed: nothing is acknowledged before it is stored.
 */
public abstract class BatchIngestor<T> {

    private static final Logger LOG = Logger.getLogger(BatchIngestor.class);

    private final String topic;
    private final Class<T> type;
    private final RecordSchemas schemas;
    private final ObjectMapper mapper;
    private final DeadLetterPublisher deadLetters;
    private final IngestMetrics metrics;

    protected BatchIngestor(String capability, String topic, Class<T> type, RecordSchemas schemas, ObjectMapper mapper,
                            DeadLetterPublisher deadLetters, MeterRegistry registry) {
        this.topic = topic;
        this.type = type;
        this.schemas = schemas;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
        this.metrics = new IngestMetrics(registry, capability, topic);
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
        Sorted<T> first = sort(records);
        if (first.rejected.stream().noneMatch(d -> d.why().isUnknownReference())) {
            return finish(first);
        }
        return refreshReferenceData().chain(reloaded -> reloaded ? finish(sort(records)) : finish(first));
    }

    private Uni<Void> finish(Sorted<T> sorted) {
        return store(sorted.accepted)
                .onFailure().invoke(e -> LOG.errorf(e, "Storing %d records from %s failed; retrying", sorted.accepted.size(), topic))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .chain(result -> {
                    metrics.stored(result.outcome());
                    List<DeadLetter> rejected = new ArrayList<>(sorted.rejected);
                    result.refused().forEach(r -> rejected.add(new DeadLetter(sorted.origin.get(r.value()), r.why())));
                    return deadLetters.publish(rejected)
                            .onFailure().invoke(e -> LOG.errorf(e, "Dead-lettering %d records from %s failed; retrying", rejected.size(), topic))
                            .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                            .invoke(() -> rejected.forEach(d -> metrics.rejected(d.why().reason())));
                });
    }

    private Sorted<T> sort(List<ConsumerRecord<String, byte[]>> records) {
        Sorted<T> sorted = new Sorted<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                T value = read(schemas.parse(topic, record.value()));
                check(value, record.key());
                sorted.accepted.add(value);
                sorted.origin.put(value, record);
            } catch (RecordRejected why) {
                sorted.rejected.add(new DeadLetter(record, why));
            } catch (RuntimeException e) {
                // a bug must not stall the topic: the record is kept on the DLQ with the cause
                LOG.errorf(e, "Unexpected failure on %s-%d@%d", record.topic(), record.partition(), record.offset());
                sorted.rejected.add(new DeadLetter(record, new RecordRejected("processing-error", "", String.valueOf(e))));
            }
        }
        return sorted;
    }

    private T read(JsonNode node) {
        try {
            return mapper.treeToValue(node, type);
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
