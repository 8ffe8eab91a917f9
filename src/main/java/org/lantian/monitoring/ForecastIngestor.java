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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Consumes {@code aq.monitoring.forecasts.v1}: validates and stores region AQI forecasts. */
@Singleton
public class ForecastIngestor extends BatchIngestor<Forecast> {

    public static final String CHANNEL = "forecasts";
    public static final String TOPIC = "aq.monitoring.forecasts.v1";

    private final MonitoringReferenceData reference;
    private final MonitoringSettings settings;
    private final ForecastStore store;
    private final Clock clock;

    ForecastIngestor(IngestSupport support, MonitoringReferenceData reference, MonitoringSettings settings, ForecastStore store,
                     Clock clock) {
        super(support, "monitoring", CHANNEL, TOPIC, Forecast.class, new RecordKey<>("regionCode", "region code", Forecast::regionCode));
        this.clock = clock;
        this.reference = reference;
        this.settings = settings;
        this.store = store;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    /** The semantic checks, for other consumers of the forecast topic that must accept exactly what is stored. */
    public void validate(Forecast f, String key) {
        check(f, key);
    }

    @Override
    protected void check(Forecast f, String key) {
        if (!reference.regions().contains(f.regionCode())) {
            throw new RecordRejected("unknown-region", "regionCode", "no region " + f.regionCode());
        }
        Measurements.requireNotInFuture("issuedAt", f.issuedAt(), clock, settings.maxFutureSkew());
        for (int i = 0; i < f.periods().size(); i++) {
            Forecast.Period p = f.periods().get(i);
            String at = "periods[" + i + "]";
            if (!p.to().isAfter(p.from())) {
                throw new RecordRejected("invalid-period", at + ".to", at + " ends at " + p.to() + ", not after its start " + p.from());
            }
            Measurements.requirePlausible(at + ".aqi", p.aqi(), settings.limits().forecastAqi());
        }
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
