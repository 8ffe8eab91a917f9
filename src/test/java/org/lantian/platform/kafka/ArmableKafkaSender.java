package org.lantian.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;

/**
 * The real sender, which a test can arm to die in the middle of a send: the
 * first N records reach the broker, then the call fails as if the process had
 * been killed before it could record them. Disarmed, it is the real sender.
 */
@Alternative
@Priority(1)
@jakarta.inject.Singleton
public class ArmableKafkaSender extends KafkaSender {

    private final AtomicInteger failAfter = new AtomicInteger(-1);
    private final AtomicInteger crashes = new AtomicInteger();

    ArmableKafkaSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, KafkaSettings settings) {
        super(kafkaConfig, settings);
    }

    /** How many simulated crashes have happened: a test proves its crash took place. */
    public int crashes() {
        return crashes.get();
    }

    /** Back to the real sender, whether or not the armed crash fired (so it cannot leak into a later test). */
    public void disarm() {
        failAfter.set(-1);
    }

    /** The next send delivers {@code records} records, then fails. */
    public void armFailureAfter(int records) {
        failAfter.set(records);
    }

    @Override
    public Uni<Void> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
        int limit = failAfter.getAndSet(-1);
        if (limit < 0 || limit >= records.size()) {
            if (limit >= 0) {
                failAfter.set(limit);
            }
            return super.sendAll(records);
        }
        return super.sendAll(records.subList(0, limit))
                .invoke(crashes::incrementAndGet)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("simulated crash after " + limit + " records")));
    }

    @Override
    public Uni<List<Throwable>> sendEach(List<ProducerRecord<byte[], byte[]>> records) {
        int limit = failAfter.getAndSet(-1);
        if (limit < 0 || limit >= records.size()) {
            if (limit >= 0) {
                failAfter.set(limit);
            }
            return super.sendEach(records);
        }
        // the first records reach the broker, then no outcome comes back at all: the process "died"
        return super.sendEach(records.subList(0, limit))
                .invoke(crashes::incrementAndGet)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("simulated crash after " + limit + " records")));
    }
}
