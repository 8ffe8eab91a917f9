package org.lantian.monitoring;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.ingest.StoreResult;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.reduction.EnterpriseDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Consumes {@code aq.monitoring.enterprise-telemetry.v1}: electricity, stack monitoring and gate records. */
@Singleton
public class TelemetryIngestor extends BatchIngestor<Telemetry> {

    public static final String CHANNEL = "telemetry";
    public static final String TOPIC = "aq.monitoring.enterprise-telemetry.v1";

    private final EnterpriseDirectory enterprises;
    private final MonitoringSettings settings;
    private final TelemetryStore store;
    private final Clock clock;

    TelemetryIngestor(IngestSupport support, EnterpriseDirectory enterprises, MonitoringSettings settings, TelemetryStore store,
                      Clock clock) {
        super(support, "monitoring", CHANNEL, TOPIC, Telemetry.class, new RecordKey<>("enterpriseId", "enterprise id", Telemetry::enterpriseId));
        this.clock = clock;
        this.enterprises = enterprises;
        this.settings = settings;
        this.store = store;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(Telemetry t, String key) {
        if (!enterprises.ids().contains(t.enterpriseId())) {
            throw new RecordRejected("unknown-enterprise", "enterpriseId", "no enterprise " + t.enterpriseId());
        }
        Measurements.requireNotInFuture("measuredAt", t.measuredAt(), clock, settings.maxFutureSkew());
        Measurements.requirePlausible("value", t.value(), limitFor(t.kind()));
        if (Telemetry.GATE_TRUCK.equals(t.kind()) && (t.plate() == null || t.plate().isBlank())) {
            throw new RecordRejected("schema-violation", "plate", "a GATE_TRUCK record needs the plate");
        }
    }

    private double limitFor(String kind) {
        return switch (kind) {
            case "ELECTRICITY_KW" -> settings.limits().electricityKw();
            case "STACK_SO2", "STACK_NOX", "STACK_PM", "NH3_SLIP" -> settings.limits().stackConcentration();
            default -> Double.MAX_VALUE;
        };
    }

    @Override
    protected Uni<StoreResult<Telemetry>> store(List<Telemetry> accepted) {
        return store.upsert(accepted).map(StoreResult::of);
    }

    @Override
    protected Uni<Boolean> refreshReferenceData() {
        return enterprises.ids().refresh();
    }
}
