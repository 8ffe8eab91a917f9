package org.lantian.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.lantian.platform.failure.Failures;
import org.lantian.platform.failure.RecordRejected;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Writes rejected records to {@code <topic>.dlq}: the original key, value and headers untouched,
 * plus {@code dead-letter-*} headers saying why — cut to fit when the original does not fit the
 * DLQ topic ({@link DeadLetters}). Completes only once the broker has them, so the input offset is
 * committed after. A letter Kafka refuses for itself is sent once more as headers only; a broker
 * that cannot be reached is waited for with back-off (the partition then shows as stalled).
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    /** A record, why it was refused, and the channel that refused it. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, RecordRejected why, String channel) {

        public DeadLetter(ConsumerRecord<String, byte[]> record, RecordRejected why) {
            this(record, why, "");
        }
    }

    private final KafkaSender sender;
    private final TopicLimits limits;
    private final Instance<DeadLetterListener> listeners;
    private final Counter refused;

    DeadLetterPublisher(KafkaSender sender, TopicLimits limits, Instance<DeadLetterListener> listeners, MeterRegistry registry) {
        this.sender = sender;
        this.limits = limits;
        this.listeners = listeners;
        this.refused = Counter.builder("aq.platform.dlq.refused")
                .description("dead letters Kafka refused even as headers only (the original stays on its input topic)")
                .register(registry);
    }

    public Uni<Void> publish(List<DeadLetter> letters) {
        letters.forEach(l -> LOG.infof("Rejected %s-%d@%d: %s (field %s) %s", l.record().topic(), l.record().partition(),
                l.record().offset(), l.why().reason(), l.why().field(), DeadLetters.cap(l.why().detail())));
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return send(letters)
                .chain(() -> Multi.createFrom().iterable(listeners)
                        // retried on its own: a failing listener must not re-send the records to the DLQ
                        .onItem().transformToUniAndConcatenate(l -> Uni.createFrom().deferred(() -> l.deadLettered(letters))
                                .onFailure().invoke(e -> LOG.warnf("Counting %d dead letters failed, retrying: %s", letters.size(), e))
                                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely())
                        .collect().last().replaceWithVoid());
    }

    /**
     * Sends until every letter is on the DLQ or refused for good. Each attempt sends only what is
     * still pending (no duplicates on the DLQ) and a retry resubscribes rather than nests.
     */
    private Uni<Void> send(List<DeadLetter> letters) {
        List<DeadLetter> pending = new ArrayList<>(letters);
        return Uni.createFrom().deferred(() -> attempt(pending))
                .onFailure().invoke(e -> LOG.warnf("Dead-lettering %d record(s) failed, retrying: %s", pending.size(), e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    /** One round over the pending letters; fails while any is still pending. */
    private Uni<Void> attempt(List<DeadLetter> pending) {
        // the topic's limit is asked of the broker: blocking, off the event loop
        return Uni.createFrom().item(() -> pending.stream().map(l -> DeadLetters.toDeadLetter(l, limitOf(l))).toList())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(sender::sendEach)
                .chain(outcomes -> {
                    List<DeadLetter> refusedWhole = new ArrayList<>();
                    List<DeadLetter> sent = new ArrayList<>();
                    for (int i = 0; i < outcomes.size(); i++) {
                        Throwable failure = outcomes.get(i);
                        if (failure == null) {
                            sent.add(pending.get(i));
                        } else if (Failures.classify(failure) == Failures.Kind.DETERMINISTIC) {
                            LOG.warnf("The DLQ refused the letter for %s-%d@%d (%s); sending its headers only",
                                    pending.get(i).record().topic(), pending.get(i).record().partition(),
                                    pending.get(i).record().offset(), Failures.describe(failure));
                            refusedWhole.add(pending.get(i));
                        }
                    }
                    pending.removeAll(sent);
                    return sendHeadersOnly(refusedWhole, pending);
                })
                .chain(() -> pending.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException(pending.size() + " dead letter(s) not yet on the DLQ")));
    }

    /** Headers only for letters Kafka refused whole; a refusal of those too is counted and logged, a transient failure retried. */
    private Uni<Void> sendHeadersOnly(List<DeadLetter> letters, List<DeadLetter> pending) {
        return sender.sendEach(letters.stream().map(DeadLetters::headersOnly).toList()).invoke(outcomes -> {
            for (int i = 0; i < outcomes.size(); i++) {
                Throwable failure = outcomes.get(i);
                if (failure == null) {
                    pending.remove(letters.get(i));
                } else if (Failures.classify(failure) == Failures.Kind.DETERMINISTIC) {
                    pending.remove(letters.get(i));
                    refused.increment();
                    LOG.errorf("The DLQ refused a headers-only letter too (%s); the original stays on %s-%d at offset %d",
                            Failures.describe(failure), letters.get(i).record().topic(), letters.get(i).record().partition(),
                            letters.get(i).record().offset());
                }
            }
        }).replaceWithVoid();
    }

    private int limitOf(DeadLetter letter) {
        int limit = limits.maxMessageBytes(TopicCatalog.deadLetterTopicOf(letter.record().topic()));
        return limit == TopicLimits.UNKNOWN_TOPIC ? TopicLimits.BROKER_DEFAULT : limit;
    }
}
