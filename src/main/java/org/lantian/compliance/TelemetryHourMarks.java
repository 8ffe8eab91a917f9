package org.lantian.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lantian.monitoring.TelemetryHours;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.ingest.StoreResult;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Consumes monitoring's {@value TelemetryHours#TOPIC} (keyed by enterprise, so one consumer of the group owns each
 * enterprise's findings): the hours of a batch are merged per enterprise and checked once.
 */
@Singleton
public class TelemetryHourMarks extends BatchIngestor<TelemetryHours.Mark> {

    public static final String CHANNEL = "compliance-telemetry-hours";

    private final ComplianceEvaluator evaluator;

    TelemetryHourMarks(IngestSupport support, ComplianceEvaluator evaluator) {
        super(support, "compliance", CHANNEL, TelemetryHours.TOPIC, TelemetryHours.Mark.class,
                new RecordKey<>("enterpriseId", "enterprise id", TelemetryHours.Mark::enterpriseId));
        this.evaluator = evaluator;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(TelemetryHours.Mark mark, String key) {
        // the schema is the whole check: only Lantian writes marks
    }

    @Override
    protected Uni<StoreResult<TelemetryHours.Mark>> store(List<TelemetryHours.Mark> marks) {
        Map<String, SortedSet<OffsetDateTime>> byEnterprise = new TreeMap<>();
        marks.forEach(m -> byEnterprise.computeIfAbsent(m.enterpriseId(), e -> new TreeSet<>()).add(m.hour()));
        return Multi.createFrom().iterable(byEnterprise.entrySet())
                .onItem().transformToUniAndConcatenate(e -> evaluator.evaluate(e.getKey(), e.getValue()))
                .collect().asList()
                .replaceWith(StoreResult.of(new StoreOutcome(marks.size(), 0, 0)));
    }
}
