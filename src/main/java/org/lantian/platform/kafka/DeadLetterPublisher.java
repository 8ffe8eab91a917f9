package org.lantian.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;
import org.lantian.platform.ingest.RecordRejected;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Writes rejected records to {@code <topic>.dlq}: the original key, value and
 * headers untouched, plus {@code dead-letter-*} headers saying why. Completes only
 * once the broker has them, so the input offset is committed after.
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

    private final KafkaSender sender;
    private final Instance<DeadLetterListener> listeners;

    DeadLetterPublisher(KafkaSender sender, Instance<DeadLetterListener> listeners) {
        this.sender = sender;
        this.listeners = listeners;
    }

    public Uni<Void> publish(List<DeadLetter> letters) {
        letters.forEach(l -> LOG.infof("Rejected %s-%d@%d: %s (field %s) %s", l.record().topic(), l.record().partition(),
                l.record().offset(), l.why().reason(), l.why().field(), l.why().detail()));
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sender.sendAll(letters.stream().map(l -> toDeadLetter(l.record(), l.why())).toList())
                .chain(() -> Multi.createFrom().iterable(listeners)
                        // retried on its own: a failing listener must not re-send the records to the DLQ
                        .onItem().transformToUniAndConcatenate(l -> Uni.createFrom().deferred(() -> l.deadLettered(letters))
                                .onFailure().invoke(e -> LOG.warnf("Counting %d dead letters failed, retrying: %s", letters.size(), e))
                                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely())
                        .collect().last().replaceWithVoid());
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
}
