package org.lantian.eventlog;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lantian.testing.Infra;

/** Looks at the log and the outbox as the superuser, to work out independently what verify must say. */
final class AnchorTestSupport {

    private AnchorTestSupport() {
    }

    /** An anchor as the log recorded it (ANCHOR_PUBLISHED): the seq and hash it names, and when it was taken. */
    record Recorded(long seq, String hash, OffsetDateTime at, long recordSeq) {
    }

    /** Appends events with these ids in one append (contiguous in the chain); their seqs, in order. */
    static List<Long> append(EventLog log, String... ids) throws SQLException {
        List<LogEvent> events = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            events.add(log.event(ids[i], SyntheticEvents.TYPE, "141024", null, null, null, "tester", Map.of("n", i)));
        }
        log.append(events).await().atMost(Duration.ofSeconds(10));
        List<Long> seqs = new ArrayList<>();
        for (String id : ids) {
            seqs.add(longValue("SELECT seq FROM event_log WHERE id = '" + id + "'"));
        }
        return seqs;
    }

    /**
     * Anchors until an anchor covers {@code seq} (the periodic anchoring may be at it at the same moment) and that
     * anchor is on Kafka; the first anchor at or after {@code seq}, as recorded.
     */
    static Recorded anchoredAndPublished(Anchoring anchoring, long seq) throws SQLException {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            anchoring.anchor().await().atMost(Duration.ofSeconds(10));
            return firstAnchorFrom(seq) != null;
        });
        Recorded anchor = firstAnchorFrom(seq);
        await().atMost(Duration.ofSeconds(60)).until(() -> longValue("SELECT count(*) FROM outbox WHERE published_at IS NOT NULL "
                + "AND message_id = 'eventlog-anchor:" + anchor.seq() + "'") == 1);
        return anchor;
    }

    static Recorded firstAnchorFrom(long seq) throws SQLException {
        try (Connection c = Infra.db();
             PreparedStatement s = c.prepareStatement("SELECT (payload->>'seq')::bigint, payload->>'hash', at, seq FROM event_log "
                     + "WHERE type = 'ANCHOR_PUBLISHED' AND (payload->>'seq')::bigint >= ? ORDER BY 1 LIMIT 1")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Recorded(r.getLong(1), r.getString(2), r.getObject(3, OffsetDateTime.class), r.getLong(4)) : null;
            }
        }
    }

    static String hashAt(long seq) throws SQLException {
        return stringValue("SELECT hash FROM event_log WHERE seq = " + seq);
    }

    static long longValue(String sql) throws SQLException {
        return Infra.query(sql, r -> {
            r.next();
            return r.getLong(1);
        });
    }

    static String stringValue(String sql) throws SQLException {
        return Infra.scalar(sql);
    }
}
