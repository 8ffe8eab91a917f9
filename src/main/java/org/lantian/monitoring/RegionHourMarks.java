package org.lantian.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.ingest.StoreResult;

import io.smallrye.mutiny.Uni;

/**
 * Consumes the internal {@value #TOPIC}: marks of region-hours whose readings
 * changed, keyed by region, so each region's AQI is owned by exactly one
 * consumer of the group. Marks of one batch are merged per region. Only
 * Lantian writes this topic, but a mark that cannot be read or recomputed is
 * still isolated to its DLQ rather than stopping every region of the partition.
 */
@Singleton
public class RegionHourMarks extends BatchIngestor<RegionHourMarks.Mark> {

    public static final String CHANNEL = "region-hours";
    public static final String TOPIC = "aq.monitoring.region-hours.v1";

    /** A region's hour (its end) to recompute. */
    public record Mark(String regionCode, OffsetDateTime hour) {
    }

    private final RegionAqiAggregator aggregator;

    RegionHourMarks(IngestSupport support, RegionAqiAggregator aggregator) {
        super(support, "monitoring", CHANNEL, TOPIC, Mark.class);
        this.aggregator = aggregator;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        long oldest = Long.MAX_VALUE;
        for (ConsumerRecord<String, byte[]> record : records) {
            oldest = Math.min(oldest, record.timestamp());
        }
        long oldestMark = oldest;
        return ingest(records).invoke(() -> aggregator.recordLag(oldestMark));
    }

    @Override
    protected void check(Mark mark, String key) {
        // the schema is the whole check: only Lantian writes marks
    }

    @Override
    protected Uni<StoreResult<Mark>> store(List<Mark> marks) {
        Map<String, TreeSet<Instant>> hoursByRegion = new TreeMap<>();
        for (Mark mark : marks) {
            hoursByRegion.computeIfAbsent(mark.regionCode(), r -> new TreeSet<>()).add(mark.hour().toInstant());
        }
        return aggregator.recompute(hoursByRegion).replaceWith(StoreResult.of(new StoreOutcome(marks.size(), 0, 0)));
    }
}
