package org.lantian.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.lantian.platform.kafka.ConsumerProgress;
import org.lantian.platform.kafka.KafkaAdmin;
import org.lantian.platform.outbox.OutboxMonitor;


/**
 * Whether this instance has caught up: every record on every topic its channels consume has been processed, and the
 * outbox holds nothing due for publishing. A replay that drives business time (the demo episode) waits for this
 * before moving time on, so that the system's reaction to an hour happens in that hour. Blocking; for a worker
 * thread. One instance's view: with several instances in a group, a partition another one owns never catches up here.
 */
@ApplicationScoped
public class Backlog {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final Duration CALL = Duration.ofSeconds(10);

    /** A channel of this application and where it reads. */
    private record Channel(String name, String topic, String group) {
    }

    /** A channel's partition with records not processed yet. */
    public record Behind(String channel, String topic, int partition, long position, long end) {
    }

    private final KafkaAdmin admin;
    private final ConsumerProgress progress;
    private final OutboxMonitor outbox;
    private final List<Channel> channels;

    Backlog(KafkaAdmin admin, ConsumerProgress progress, OutboxMonitor outbox, Config config) {
        this.admin = admin;
        this.progress = progress;
        this.outbox = outbox;
        List<Channel> found = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.endsWith(".topic")) {
                String channel = name.substring(PREFIX.length(), name.length() - ".topic".length());
                config.getOptionalValue(PREFIX + channel + ".group.id", String.class).ifPresent(group ->
                        found.add(new Channel(channel, config.getValue(name, String.class), group)));
            }
        }
        this.channels = List.copyOf(found);
    }

    /** True when nothing is left: checked twice around the outbox, so that a row published in between is seen. */
    public boolean caughtUp() {
        return behind().isEmpty() && outboxDrained() && behind().isEmpty();
    }

    /** Every partition some channel has not processed to its end, as of now. */
    public List<Behind> behind() {
        List<String> topics = channels.stream().map(Channel::topic).distinct().toList();
        try {
            Map<TopicPartition, Long> ends = ends(topics);
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (String group : channels.stream().map(Channel::group).distinct().toList()) {
                committed.put(group, admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(CALL.toMillis(), TimeUnit.MILLISECONDS));
            }
            List<Behind> behind = new ArrayList<>();
            for (Channel c : channels) {
                for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                    TopicPartition tp = e.getKey();
                    if (!tp.topic().equals(c.topic()) || e.getValue() == 0) {
                        continue;
                    }
                    OffsetAndMetadata done = committed.get(c.group()).get(tp);
                    long position = Math.max(done == null ? 0 : done.offset(), progress.finishedUpTo(c.name(), tp.topic(), tp.partition()));
                    if (position < e.getValue()) {
                        behind.add(new Behind(c.name(), tp.topic(), tp.partition(), position, e.getValue()));
                    }
                }
            }
            return behind;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading consumer positions", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read consumer positions: " + e, e);
        }
    }

    private Map<TopicPartition, Long> ends(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin().describeTopics(topics).allTopicNames().get(CALL.toMillis(), TimeUnit.MILLISECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> info = admin().listOffsets(latest).all()
                .get(CALL.toMillis(), TimeUnit.MILLISECONDS);
        return info.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private boolean outboxDrained() {
        return outbox.refresh().await().atMost(CALL).oldestPending() == null;
    }

    private AdminClient admin() {
        return admin.client();
    }
}
