package org.lantian.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.lantian.testing.Infra;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the database's superuser can do to the log's tail, undone on close. Meanwhile it holds the chain lock
 * (appends wait: nothing lands on a tail that is about to be put back, and no anchor is taken of the tampered
 * log), and on close it puts back exactly the rows it found from {@code fromSeq} on — the tests of this JVM
 * share the database, and the later ones check that the chain is intact.
 */
final class SuperuserTampering implements AutoCloseable {

    private final Connection c;
    private final long fromSeq;

    SuperuserTampering(long fromSeq) throws SQLException {
        this.fromSeq = fromSeq;
        this.c = Infra.db();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + org.lantian.platform.AdvisoryLock.EVENT_CHAIN.key() + ")");
            s.execute("CREATE TEMP TABLE original_tail AS SELECT * FROM event_log WHERE seq >= " + fromSeq);
            s.execute("SET session_replication_role = replica"); // the append-only trigger off, as only a superuser may
        }
    }

    /** Deletes the events from {@code fromSeq} on. */
    void deleteTail() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event_log WHERE seq >= " + fromSeq);
        }
    }

    /**
     * Replaces the payload of the event at {@code fromSeq} and recomputes its hash and every later one, as the
     * application would have chained them: the rewritten log recomputes. The new hashes, by seq.
     */
    Map<Long, String> rewriteFirst(String payload, ObjectMapper mapper) throws Exception {
        Map<Long, String> hashes = new LinkedHashMap<>();
        try (PreparedStatement read = c.prepareStatement("SELECT seq, id, at, type, region_code, warning_id, enterprise_id, "
                     + "directive_id, actor, payload::text, prev_hash FROM event_log WHERE seq >= ? ORDER BY seq");
             PreparedStatement write = c.prepareStatement("UPDATE event_log SET payload = ?::jsonb, prev_hash = ?, hash = ? WHERE seq = ?")) {
            read.setLong(1, fromSeq);
            String previous = null;
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong(1);
                    String json = seq == fromSeq ? payload : r.getString(10);
                    previous = previous == null ? r.getString(11) : previous;
                    @SuppressWarnings("unchecked")
                    String hash = EventChain.hash(previous, EventChain.content(r.getString(2), r.getObject(3, OffsetDateTime.class),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            mapper.readValue(json, TreeMap.class)));
                    write.setString(1, json);
                    write.setString(2, previous);
                    write.setString(3, hash);
                    write.setLong(4, seq);
                    write.executeUpdate();
                    hashes.put(seq, hash);
                    previous = hash;
                }
            }
        }
        return hashes;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event_log WHERE seq >= " + fromSeq);
            s.executeUpdate("INSERT INTO event_log SELECT * FROM original_tail");
            s.execute("SET session_replication_role = DEFAULT");
            s.execute("DROP TABLE original_tail");
            s.execute("SELECT pg_advisory_unlock(" + org.lantian.platform.AdvisoryLock.EVENT_CHAIN.key() + ")");
        } finally {
            c.close();
        }
    }
}
