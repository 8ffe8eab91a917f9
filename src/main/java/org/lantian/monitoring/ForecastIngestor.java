package org.lantian.monitoring;

import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.ingest.StoreResult;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Consumes {@code aq.monitoring.forecasts.v1}: validates and stores region AQI forecasts. */
@Singleton
public class ForecastIngestor extends BatchIngestor<Forecast> {

    public static final String CHANNEL = "forecasts";
    public static final String TOPIC = "aq.monitoring.forecasts.v1";

    private final MonitoringReferenceData reference;
    private final ForecastChecks checks;
    private final ForecastStore store;

    ForecastIngestor(IngestSupport support, MonitoringReferenceData reference, ForecastChecks checks, ForecastStore store) {
        super(support, "monitoring", CHANNEL, TOPIC, Forecast.class, new RecordKey<>("regionCode", "region code", Forecast::regionCode));
        this.reference = reference;
        this.checks = checks;
        this.store = store;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(Forecast f, String key) {
        checks.validate(f);
    }

    @Override
    protected Uni<StoreResult<Forecast>> store(List<Forecast> accepted) {
        return store.upsert(accepted).map(StoreResult::of);
    }

    @Override
    protected Uni<Boolean> refreshReferenceData() {
        return reference.regions().refresh();
    }
}
