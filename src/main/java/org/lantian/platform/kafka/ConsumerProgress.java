package org.lantian.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.lantian.platform.WallClock;

import io.smallrye.mutiny.Uni;

/**
 * What each consumer of this instance has received and not yet finished, per partition: the
 * first unfinished offset and since when. Every channel processes one batch (or record) at a time,
 * so a partition whose records have been in flight for longer than the stall limit has lag and
 * makes no progress — the readiness check and {@code aq.platform.consumer.stalled} report it.
 * (One entry per partition is enough because SmallRye calls a Uni-returning {@code @Incoming}
 * method with concurrency 1; records not yet handed to a method — a consumer paused, polling or
 * rebalancing — are not seen here: that is consumer-group lag, watched from outside.)
 */
@ApplicationScoped
public class ConsumerProgress {

    /** A partition of a channel whose oldest received record has not been finished since {@code since}. */
    public record InFlight(String channel, String topic, int partition, long offset, Instant since) {
    }

    private record Key(String channel, String topic, int partition) {
    }

    private final Map<Key, InFlight> inFlight = new ConcurrentHashMap<>();
    /** Per partition of a channel: the offset after the last record finished successfully. */
    private final Map<Key, Long> finished = new ConcurrentHashMap<>();
    private final Clock clock;

    ConsumerProgress(@WallClock Clock clock) {
        this.clock = clock;
    }

    /** Runs the work on the records, marking their partitions in flight until it ends (either way). */
    public <T> Uni<T> track(String channel, Collection<? extends ConsumerRecord<?, ?>> records, Supplier<Uni<? extends T>> work) {
        Map<Key, InFlight> started = new HashMap<>();
        return Uni.createFrom().voidItem()
                .invoke(() -> {
                    // at subscription, not assembly: the time the work really starts
                    Instant now = clock.instant();
                    for (ConsumerRecord<?, ?> r : records) {
                        started.merge(new Key(channel, r.topic(), r.partition()),
                                new InFlight(channel, r.topic(), r.partition(), r.offset(), now),
                                (a, b) -> a.offset() <= b.offset() ? a : b);
                    }
                    inFlight.putAll(started);
                })
                .chain(() -> Uni.createFrom().<T>deferred(work))
                .invoke(() -> {
                    for (ConsumerRecord<?, ?> r : records) {
                        finished.merge(new Key(channel, r.topic(), r.partition()), r.offset() + 1, Math::max);
                    }
                })
                .eventually(() -> started.forEach(inFlight::remove));
    }

    /**
     * The offset after the last record this instance finished on a partition of a channel, or -1: a position that,
     * unlike the group's committed offset (throttled), is current the moment the work ends.
     */
    public long finishedUpTo(String channel, String topic, int partition) {
        return finished.getOrDefault(new Key(channel, topic, partition), -1L);
    }

    /** Partitions in flight for longer than {@code after}, oldest first. */
    public List<InFlight> stalled(Duration after) {
        Instant limit = clock.instant().minus(after);
        List<InFlight> result = new ArrayList<>();
        for (InFlight f : inFlight.values()) {
            if (f.since().isBefore(limit)) {
                result.add(f);
            }
        }
        result.sort(Comparator.comparing(InFlight::since));
        return result;
    }
}
