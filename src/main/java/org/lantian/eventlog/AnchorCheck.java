package org.lantian.eventlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Compares the log with the anchors Kafka keeps: every anchored seq must still be in the log, with the anchored
 * hash. A log cut short, or rewritten with its hashes recomputed (which {@link EventLog#verify()} cannot see),
 * contradicts the anchors taken after the change began. The stored hashes are compared: when the chain
 * recomputes (the other half of the check), they are the recomputed ones.
 */
@ApplicationScoped
public class AnchorCheck {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    public enum Outcome {
        /** every anchor read agrees with the log */
        CONSISTENT,
        /** the log contradicts an anchor: it was cut short or rewritten */
        CONTRADICTED,
        /** nothing anchored yet */
        NO_ANCHORS,
        /** the anchors could not be read (Kafka unreachable, topic missing): nothing is said about them */
        UNAVAILABLE
    }

    /**
     * An anchor the log contradicts.
     *
     * @param at    when the anchor was taken, as published
     * @param found the log's hash at the anchor's seq, null when the log has no event there
     */
    public record Contradiction(long seq, String hash, String at, String found, String reason) {
    }

    /**
     * @param checked anchors compared with the log
     * @param contradicted the anchor with the lowest seq the log contradicts (seq, hash, at, found, reason), or null
     * @param problem why the check is incomplete (anchors unreadable, Kafka unreachable), or null
     */
    public record Result(Outcome outcome, long checked, Contradiction contradicted, String problem) {
    }

    private final AnchorWitness witness;
    private final Pool pool;

    AnchorCheck(AnchorWitness witness, Pool pool) {
        this.witness = witness;
        this.pool = pool;
    }

    public Uni<Result> check() {
        // the witness blocks on Kafka: a worker thread
        return Uni.createFrom().item(this::checkNow).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    Result checkNow() {
        FirstContradiction first = new FirstContradiction();
        long[] checked = {0};
        try {
            AnchorWitness.Reading reading = witness.read(batch -> {
                compare(batch, first);
                checked[0] += batch.size();
            });
            String problem = reading.unreadable() == 0 ? null
                    : reading.unreadable() + " record(s) on " + Anchor.TOPIC + " are not anchors and were skipped";
            Outcome outcome = first.anchor != null ? Outcome.CONTRADICTED : checked[0] == 0 ? Outcome.NO_ANCHORS : Outcome.CONSISTENT;
            return new Result(outcome, checked[0], first.anchor, problem);
        } catch (AnchorWitness.Unavailable e) {
            // a contradiction already found stands; otherwise nothing may be claimed about the anchors
            return new Result(first.anchor != null ? Outcome.CONTRADICTED : Outcome.UNAVAILABLE, checked[0], first.anchor,
                    "the anchors could not be read from Kafka (" + checked[0] + " checked): " + e.getMessage());
        }
    }

    /** Looks the batch's seqs up in one statement (one snapshot: the head and the rows agree). */
    private void compare(List<Anchor> batch, FirstContradiction first) {
        Long[] seqs = batch.stream().map(Anchor::seq).toArray(Long[]::new);
        RowSet<Row> rows = pool.preparedQuery("SELECT a.seq, e.hash, (SELECT max(seq) FROM event_log) AS head "
                        + "FROM unnest($1::bigint[]) AS a(seq) LEFT JOIN event_log e ON e.seq = a.seq")
                .execute(Tuple.of(seqs)).await().atMost(QUERY_TIMEOUT);
        Map<Long, String> hashes = new HashMap<>();
        Long head = null;
        for (Row r : rows) {
            hashes.put(r.getLong("seq"), r.getString("hash"));
            head = r.getLong("head");
        }
        for (Anchor anchor : batch) {
            String found = hashes.get(anchor.seq());
            if (anchor.hash().equals(found) || (first.anchor != null && first.seq <= anchor.seq())) {
                continue;
            }
            String reason;
            if (found != null) {
                reason = "the log's event at seq " + anchor.seq() + " has another hash: events up to it were changed after "
                        + "this anchor was taken, and the chain recomputed";
            } else if (head == null || anchor.seq() > head) {
                reason = (head == null ? "the log is empty" : "the log ends at seq " + head)
                        + ": the events after it, up to this anchor's seq " + anchor.seq() + ", were removed";
            } else {
                reason = "the log has no event at seq " + anchor.seq() + ": it was removed";
            }
            first.seq = anchor.seq();
            first.anchor = new Contradiction(anchor.seq(), anchor.hash(), (String) anchor.json().get("at"), found, reason);
        }
    }

    private static final class FirstContradiction {
        long seq;
        Contradiction anchor;
    }
}
