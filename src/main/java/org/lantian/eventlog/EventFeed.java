package org.lantian.eventlog;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What was appended to the log since a given sequence number: the change feed of live views. It reads the log,
 * not an in-process bus, so every instance sees the changes every other instance made.
 */
@ApplicationScoped
public class EventFeed {

    /** One appended event, as much as a live view needs to decide whom it concerns. */
    public record Change(long seq, EventType type, String regionCode, String enterpriseId) {
    }

    private final Pool pool;

    EventFeed(Pool pool) {
        this.pool = pool;
    }

    /** The sequence number of the newest event (0 when the log is empty). */
    public Uni<Long> head() {
        return pool.query("SELECT coalesce(max(seq), 0) FROM event_log").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Up to {@code limit} events after {@code seq}, in log order. */
    public Uni<List<Change>> after(long seq, int limit) {
        return pool.preparedQuery("SELECT seq, type, region_code, enterprise_id FROM event_log WHERE seq > $1 ORDER BY seq LIMIT $2")
                .execute(Tuple.of(seq, limit))
                .map(rows -> {
                    List<Change> changes = new ArrayList<>();
                    for (Row r : rows) {
                        // a type this version does not know (written by a newer instance) concerns no panel it has
                        EventType.named(r.getString(1)).ifPresent(type ->
                                changes.add(new Change(r.getLong(0), type, r.getString(2), r.getString(3))));
                    }
                    return changes;
                });
    }
}
