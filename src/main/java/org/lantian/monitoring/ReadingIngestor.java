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

/** Consumes {@code aq.monitoring.readings.v1}: validates and stores hourly station readings. */
@Singleton
public class ReadingIngestor extends BatchIngestor<Reading> {

    public static final String CHANNEL = "readings";
    public static final String TOPIC = "aq.monitoring.readings.v1";

    private final MonitoringReferenceData reference;
    private final MonitoringSettings settings;
    private final ReadingStore store;
    private final Clock clock;

    ReadingIngestor(IngestSupport support, MonitoringReferenceData reference, MonitoringSettings settings, ReadingStore store,
                    Clock clock) {
        super(support, "monitoring", CHANNEL, TOPIC, Reading.class, new RecordKey<>("stationCode", "station code", Reading::stationCode));
        this.reference = reference;
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(Reading r, String key) {
        if (!reference.stations().contains(r.stationCode())) {
            throw new RecordRejected("unknown-station", "stationCode", "no active station " + r.stationCode());
        }
        Measurements.requireNotInFuture("observedAt", r.observedAt(), clock, settings.maxFutureSkew());
        // whole hours of UTC (and so of Beijing time): a +05:30 offset must not open half-hour buckets
        if (r.observedAt().toInstant().getEpochSecond() % 3600 != 0 || r.observedAt().getNano() != 0) {
            throw new RecordRejected("not-on-the-hour", "observedAt",
                    "observedAt " + r.observedAt() + " is not the end of an hour");
        }
        MonitoringSettings.Limits limits = settings.limits();
        Measurements.requirePlausible("pm25", r.pm25(), limits.pm25());
        Measurements.requirePlausible("pm10", r.pm10(), limits.pm10());
        Measurements.requirePlausible("so2", r.so2(), limits.so2());
        Measurements.requirePlausible("no2", r.no2(), limits.no2());
        Measurements.requirePlausible("co", r.co(), limits.co());
        Measurements.requirePlausible("o3", r.o3(), limits.o3());
        Measurements.requirePlausible("o3_8h", r.o3_8h(), limits.o3());
    }

    @Override
    protected Uni<StoreResult<Reading>> store(List<Reading> accepted) {
        return store.upsert(accepted, settings.lateness());
    }

    @Override
    protected Uni<Boolean> refreshReferenceData() {
        return reference.stations().refresh();
    }
}
