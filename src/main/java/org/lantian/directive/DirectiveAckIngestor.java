package org.lantian.directive;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.ingest.StoreResult;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Consumes {@code aq.directive.acks.v1}: unknown or misaddressed acknowledgements go to the DLQ with the reason. */
@Singleton
public class DirectiveAckIngestor extends BatchIngestor<Acknowledgement> {

    public static final String CHANNEL = "directive-acks";
    public static final String TOPIC = "aq.directive.acks.v1";

    private final Pool pool;
    private final DirectiveAcks acks;
    private final EventLog log;

    DirectiveAckIngestor(IngestSupport support, Pool pool, DirectiveAcks acks, EventLog log) {
        super(support, "directive", CHANNEL, TOPIC, Acknowledgement.class,
                new RecordKey<>("enterpriseId", "enterprise id", Acknowledgement::enterpriseId));
        this.pool = pool;
        this.acks = acks;
        this.log = log;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(Acknowledgement a, String key) {
        // the key is checked by BatchIngestor; the addressee is checked against the stored order (wrong-enterprise)
    }

    @Override
    protected Uni<StoreResult<Acknowledgement>> store(List<Acknowledgement> accepted) {
        // deferred: a retried store starts from empty tallies
        return Uni.createFrom().deferred(() -> storeOnce(accepted));
    }

    private Uni<StoreResult<Acknowledgement>> storeOnce(List<Acknowledgement> accepted) {
        List<StoreResult.Refused<Acknowledgement>> refused = new ArrayList<>();
        long[] counts = new long[2];
        List<LogEvent> events = new ArrayList<>();
        return pool.withTransaction(tx -> Multi.createFrom().iterable(accepted)
                        .onItem().transformToUniAndConcatenate(a -> acks.ack(tx, a, "kafka")
                                .invoke(recorded -> {
                                    counts[recorded.acked().first() ? 0 : 1]++;
                                    events.addAll(recorded.events());
                                })
                                .onFailure(RecordRejected.class).recoverWithItem(e -> {
                                    refused.add(new StoreResult.Refused<>(a, (RecordRejected) e));
                                    return null;
                                }))
                        .collect().asList()
                        // the whole batch's events at the end: the log's lock after every row lock
                        .call(() -> log.append(tx, events)))
                .map(list -> new StoreResult<>(new StoreOutcome(counts[0], 0, counts[1]), refused));
    }
}
