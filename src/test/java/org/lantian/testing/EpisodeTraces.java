package org.lantian.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The readings a test's demo-episode run leaves in the test scenario's counties, erased afterwards. EpisodeReplayTest
 * expects to find those counties untouched in its window: a run before it in the same hours would have moved the
 * stations' watermarks ahead of its readings (refused as too late) and left rows its count does not expect.
 */
public final class EpisodeTraces {

    /** demo/episode-short.json reports from these counties' stations only. */
    static final String STATIONS = "(station_code LIKE '141023-%' OR station_code LIKE '141027-%')";
    static final String READINGS = "aq.monitoring.readings.v1";
    /** mp.messaging.incoming.readings.group.id */
    static final String READINGS_GROUP = "lantian-monitoring-readings";

    /** A station's latest hour as the reading store keeps it. */
    public record Watermark(String station, OffsetDateTime at) {
    }

    private EpisodeTraces() {
    }

    /** The episode stations' watermarks now, to be put back by {@link #erase}. */
    public static List<Watermark> watermarks() throws SQLException {
        return Infra.query("SELECT station_code, max_observed_at FROM station_watermark WHERE " + STATIONS, rs -> {
            List<Watermark> marks = new ArrayList<>();
            while (rs.next()) {
                marks.add(new Watermark(rs.getString(1), rs.getObject(2, OffsetDateTime.class)));
            }
            return marks;
        });
    }

    /**
     * Once every reading published so far has been consumed: deletes the episode stations' readings in
     * {@code (from, to]} and puts their watermarks back as they were before the run.
     */
    public static void erase(List<Watermark> before, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        await().atMost(Duration.ofSeconds(60)).until(EpisodeTraces::readingsConsumed);
        try (Connection db = Infra.db()) {
            db.setAutoCommit(false);
            try (PreparedStatement readings = db.prepareStatement("DELETE FROM reading WHERE " + STATIONS
                    + " AND observed_at > ? AND observed_at <= ?");
                 Statement marks = db.createStatement();
                 PreparedStatement restore = db.prepareStatement(
                         "INSERT INTO station_watermark (station_code, max_observed_at) VALUES (?, ?)")) {
                readings.setObject(1, from);
                readings.setObject(2, to);
                readings.executeUpdate();
                marks.executeUpdate("DELETE FROM station_watermark WHERE " + STATIONS);
                for (Watermark w : before) {
                    restore.setString(1, w.station());
                    restore.setObject(2, w.at());
                    restore.addBatch();
                }
                restore.executeBatch();
            }
            db.commit();
        }
    }

    /** The readings consumer has committed every partition's end: nothing published is still on its way to the store. */
    static boolean readingsConsumed() throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.bootstrap());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(READINGS_GROUP)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(READINGS)).allTopicNames().get().get(READINGS)
                    .partitions().stream().map(p -> new TopicPartition(READINGS, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            return partitions.stream().allMatch(p -> {
                long end = ends.get(p).offset();
                OffsetAndMetadata at = committed.get(p);
                return end == 0 || at != null && at.offset() >= end;
            });
        }
    }
}
