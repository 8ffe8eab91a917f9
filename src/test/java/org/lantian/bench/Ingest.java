package org.lantian.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.monitoring.ReadingIngestor;
import org.lantian.testing.Infra;

/**
 * P1: the benchmark's readings onto {@value ReadingIngestor#TOPIC}, through validation, storage and region AQI to
 * aq.monitoring.region-aqi.v1; with P5's footprint sampled meanwhile.
 */
final class Ingest {

    private Ingest() {
    }

    static void measure(BenchReadings readings, MonitoringReferenceData reference, PerformanceReport report,
                        PerformanceReport.Figure copy, PerformanceReport.Figure produce) throws Exception {
        BenchRegions.insert(readings);
        // the application's station cache reloads on a miss at most every 30 s: loaded now, no reading is refused
        reference.stations().load().await().atMost(Duration.ofSeconds(30));
        reference.regions().load().await().atMost(Duration.ofSeconds(30));

        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < readings.counties; i++) {
            expected.put(readings.county(i), readings.stationsIn(i));
        }
        // the city aggregates its counties: its hours are complete with every bench station (demo stations stay silent)
        expected.put(BenchRegions.CITY, readings.stations);
        String range = "observed_at BETWEEN '" + readings.hour(0) + "' AND '" + readings.lastHour() + "'";
        Duration timeout = Duration.ofSeconds(Math.max(300, readings.total() / 200));

        long sent;
        long stored;
        long endToEnd;
        try (Footprint footprint = new Footprint().start();
             RegionAqiWatch watch = new RegionAqiWatch(expected, readings.lastHour().toInstant()).start();
             KafkaProducer<String, byte[]> producer = BenchClients.producer()) {
            producer.partitionsFor(ReadingIngestor.TOPIC);
            long start = System.nanoTime();
            BenchClients.sendAll(producer, ReadingIngestor.TOPIC, readings);
            sent = System.nanoTime() - start;
            // every station's watermark at the last hour first (cheap), then the exact count
            await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() ->
                    Infra.count("SELECT count(*) FROM station_watermark WHERE station_code LIKE '1419%' AND max_observed_at = '"
                            + readings.lastHour() + "'") == readings.stations
                            && Infra.count("SELECT count(*) FROM reading WHERE " + range) == readings.total());
            stored = System.nanoTime() - start;
            await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> watch.allFinalAt() != 0);
            endToEnd = watch.allFinalAt() - start;
            // settled: nothing left to publish, nothing held, and no new message for 3 s
            AtomicLong previous = new AtomicLong(-1);
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).during(Duration.ofSeconds(3)).until(() ->
                    watch.messages() == previous.getAndSet(watch.messages())
                            && Infra.count("SELECT count(*) FROM outbox WHERE published_at IS NULL AND parked_at IS NULL AND discarded_at IS NULL") == 0
                            && Infra.count("SELECT count(*) FROM region_hour_aqi WHERE held_since IS NOT NULL") == 0);
            footprint.close();

            double storedRate = Ceilings.perSecond(readings.total(), stored);
            double endToEndRate = Ceilings.perSecond(readings.total(), endToEnd);
            report.figure("P1", "P1.sent", "readings sent and acknowledged (the benchmark's producer)",
                    Ceilings.perSecond(readings.total(), sent), "readings/s", produce, null);
            report.figure("P1", "P1.stored", "readings stored (count(*) of reading reaches " + readings.total() + ")",
                    storedRate, "readings/s", copy, "%.1f s after the first send".formatted(stored / 1e9));
            report.figure("P1", "P1.endToEnd", "readings through region AQI (every region's last hour published complete)",
                    endToEndRate, "readings/s", copy, "%.1f s after the first send; goal ≥ 50 %% of the COPY ceiling"
                            .formatted(endToEnd / 1e9));
            int regionHours = watch.regionHours();
            report.figure("P1", "P1.messagesPerRegionHour", "region-AQI messages per region-hour",
                    (double) watch.messages() / regionHours, "messages", null, ("%d messages over %d region-hours (%d expected: %d "
                            + "regions × %d hours); at most %d for one region-hour").formatted(watch.messages(), regionHours,
                            expected.size() * readings.hours, expected.size(), readings.hours, watch.maxPerRegionHour()));
            report.figure("P5", "P5.heapMax", "heap used, highest sample during P1", footprint.maxHeapBytes() / 1048576.0, "MB", null,
                    "MemoryMXBean every 250 ms; goal ≤ 512 MB");
            report.figure("P5", "P5.heapAfterGcMax", "heap used after a collection, highest during P1",
                    footprint.maxHeapAfterGcBytes() / 1048576.0, "MB", null,
                    "the heap pools' collection usage: what survived the latest collection (heap used also counts garbage not yet collected)");
            report.figure("P5", "P5.rssMax", "resident set size, highest sample during P1", footprint.maxRssBytes() / 1048576.0, "MB",
                    null, "VmRSS of /proc/self/status every 250 ms");
        }
        report.note("P1", "%d readings: %d hours from %s × %d stations in %d bench counties (%d each at most) and their city %s; "
                .formatted(readings.total(), readings.hours, readings.hour(0), readings.stations, readings.counties, readings.perCounty,
                        BenchRegions.CITY)
                + "PM2.5 30–250 µg/m³. Produced hour after hour, keyed by station (linger 5 ms, acks=all): a backfill of past "
                + "hours. Production settings (region-hour grace PT30M): a region-hour is published once all its stations are in; "
                + "the demo stations are out of service, so the city's network is the benchmark's 2,000 stations.");
        report.note("P5", "The test JVM holds the application, the embedded Kafka broker and the benchmark's clients (one JVM, "
                + "-Xmx2g); PostgreSQL is a process of its own and not counted.");
    }
}
