package org.lantian.platform.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * A cached copy of reference codes (stations, regions, enterprises) so that
 * validating a record costs no database round trip. Reloaded at most once per
 * interval, when a record names a code we do not know yet.
 */
public final class KnownCodes {

    private final Pool pool;
    private final String sql;
    private final Duration minInterval;
    private final AtomicLong loadedAt = new AtomicLong(Long.MIN_VALUE / 2);
    private volatile Map<String, String> codes = Map.of();

    /** @param sql selects the code and, optionally, one attribute of it (e.g. the station's region) */
    public KnownCodes(Pool pool, String sql, Duration minInterval) {
        this.pool = pool;
        this.sql = sql;
        this.minInterval = minInterval;
    }

    public boolean contains(String code) {
        return code != null && codes.containsKey(code);
    }

    public Optional<String> attribute(String code) {
        return Optional.ofNullable(code).map(codes::get).filter(s -> !s.isEmpty());
    }

    public java.util.Set<String> codes() {
        return codes.keySet();
    }

    public int size() {
        return codes.size();
    }

    /** Reloads unless it did so within the interval; true when it reloaded. */
    public Uni<Boolean> refresh() {
        long now = System.nanoTime();
        long last = loadedAt.get();
        if (now - last < minInterval.toNanos() || !loadedAt.compareAndSet(last, now)) {
            return Uni.createFrom().item(false);
        }
        // a failed reload must not stop ingestion (the records are judged on the cached codes) nor block the next try
        return load().replaceWith(true).onFailure().recoverWithItem(() -> {
            loadedAt.set(last);
            return false;
        });
    }

    public Uni<Void> load() {
        return pool.query(sql).execute().invoke(rows -> {
            codes = StreamSupport.stream(rows.spliterator(), false)
                    .collect(Collectors.toUnmodifiableMap(r -> r.getString(0), KnownCodes::attributeOf, (a, b) -> a));
            loadedAt.set(System.nanoTime());
        }).replaceWithVoid();
    }

    private static String attributeOf(Row row) {
        if (row.size() < 2) {
            return "";
        }
        Object value = row.getValue(1);
        return value == null ? "" : value.toString();
    }

}
