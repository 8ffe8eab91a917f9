package org.lantian.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lantian.platform.ingest.RecordRejected;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Consumes the internal {@value #TOPIC}: marks of region-hours whose readings
 * changed, keyed by region, so each region's AQI is owned by exactly one
 * consumer of the group. Marks of one batch are merged per region.
 */
@Singleton
public class RegionHourMarks {

    public static final String CHANNEL = "region-hours";
    public static final String TOPIC = "aq.monitoring.region-hours.v1";
    private static final Logger LOG = Logger.getLogger(RegionHourMarks.class);

    private final RecordSchemas schemas;
    private final RegionAqiAggregator aggregator;

    RegionHourMarks(RecordSchemas schemas, RegionAqiAggregator aggregator) {
        this.schemas = schemas;
        this.aggregator = aggregator;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        Map<String, TreeSet<Instant>> hoursByRegion = new TreeMap<>();
        long oldest = Long.MAX_VALUE;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                JsonNode mark = schemas.parse(TOPIC, record.value());
                hoursByRegion.computeIfAbsent(mark.get("regionCode").asText(), r -> new TreeSet<>())
                        .add(Instant.parse(mark.get("hour").asText()));
                oldest = Math.min(oldest, record.timestamp());
            } catch (RecordRejected e) {
                // only Lantian writes this topic; a bad mark is a bug, not input to keep
                LOG.errorf("Ignoring malformed region-hour mark at %s-%d@%d: %s", record.topic(), record.partition(),
                        record.offset(), e.detail());
            }
        }
        return aggregator.recompute(hoursByRegion, oldest);
    }
}
