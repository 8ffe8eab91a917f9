package org.lantian.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * The isolation rules, on a simulated store that refuses whole batches the way PostgreSQL does
 * (one bad row fails the statement): exactly the refusing records are set aside, every other one
 * is stored once and in order; transient failures are retried; unknown ones only when they change.
 */
class IsolationTest {

    private static final Isolation.Policy FAST = new Isolation.Policy(Duration.ofMillis(1), Duration.ofMillis(5), 3);

    /** Stores a batch atomically unless it holds a refused record; records what it stored, in order. */
    private static final class Store {
        final List<Integer> stored = new ArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        final Set<Integer> refused;

        Store(Set<Integer> refused) {
            this.refused = refused;
        }

        Uni<Integer> write(List<Integer> batch) {
            calls.incrementAndGet();
            if (batch.stream().anyMatch(refused::contains)) {
                return Uni.createFrom().failure(new PgException("value refused", "ERROR", "23514", null));
            }
            stored.addAll(batch);
            return Uni.createFrom().item(batch.size());
        }
    }

    @Test
    void setsAsideExactlyTheRefusedRecordsAndStoresTheRestOnceInOrder() {
        List<Integer> batch = IntStream.range(0, 2000).boxed().toList();
        Store store = new Store(Set.of(17, 1024, 1999));

        Isolation.Outcome<Integer, Integer> outcome = Isolation.run("test", batch, store::write, FAST).await().indefinitely();

        assertThat(outcome.poisoned()).extracting(Isolation.Poisoned::item).containsExactly(17, 1024, 1999);
        assertThat(outcome.poisoned()).allSatisfy(p -> assertThat(p.asRejection().reason()).isEqualTo("unstorable"));
        assertThat(outcome.poisoned().get(0).asRejection().detail()).isEqualTo("SQLSTATE 23514: value refused");
        List<Integer> expected = new ArrayList<>(batch);
        expected.removeAll(List.of(17, 1024, 1999));
        assertThat(store.stored).isEqualTo(expected);
        assertThat(outcome.results().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1997);
        // bisection: about 2·log2(2000) statements per refused record, far from one per record
        assertThat(store.calls.get()).isLessThan(3 * 2 * 11 + 1);
    }

    @Test
    void aBatchWithoutPoisonIsWrittenOnce() {
        Store store = new Store(Set.of());
        Isolation.Outcome<Integer, Integer> outcome = Isolation.run("test", List.of(1, 2, 3), store::write, FAST).await().indefinitely();
        assertThat(outcome.poisoned()).isEmpty();
        assertThat(store.calls.get()).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedUntilItPassesAndNothingIsSetAside() {
        AtomicInteger calls = new AtomicInteger();
        Isolation.Outcome<Integer, String> outcome = Isolation.<Integer, String>run("test", List.of(1, 2), batch ->
                calls.incrementAndGet() <= 5
                        ? Uni.createFrom().failure(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))
                        : Uni.createFrom().item("stored"), FAST).await().indefinitely();
        assertThat(outcome.poisoned()).isEmpty();
        assertThat(outcome.results()).containsExactly("stored");
        assertThat(calls.get()).isEqualTo(6);
    }

    @Test
    void anUnknownFailureRepeatedTheSameWayThreeTimesIsTheRecordsOwn() {
        AtomicInteger calls = new AtomicInteger();
        Isolation.Outcome<Integer, String> outcome = Isolation.<Integer, String>run("test", List.of(7), batch -> {
            calls.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("cannot handle 7"));
        }, FAST).await().indefinitely();
        assertThat(outcome.poisoned()).extracting(Isolation.Poisoned::item).containsExactly(7);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void anUnknownFailureThatChangesEachTimeKeepsBeingRetried() {
        AtomicInteger calls = new AtomicInteger();
        Isolation.Outcome<Integer, String> outcome = Isolation.<Integer, String>run("test", List.of(7), batch -> {
            int call = calls.incrementAndGet();
            return call < 8 ? Uni.createFrom().failure(new IllegalStateException("attempt " + (call % 2)))
                    : Uni.createFrom().item("stored");
        }, FAST).await().indefinitely();
        assertThat(outcome.poisoned()).isEmpty();
        assertThat(calls.get()).isEqualTo(8);
    }

    @Test
    void aRejectionKeepsItsOwnReason() {
        Isolation.Outcome<Integer, String> outcome = Isolation.<Integer, String>run("test", List.of(1), batch -> Uni.createFrom()
                .failure(new org.lantian.platform.failure.RecordRejected("unknown-directive", "directiveId", "no such order")), FAST)
                .await().indefinitely();
        assertThat(outcome.poisoned().get(0).asRejection().reason()).isEqualTo("unknown-directive");
    }

    @Test
    void anEmptyBatchThatFailsSetsNothingAsideAndEnds() {
        Isolation.Outcome<Integer, String> outcome = Isolation.<Integer, String>run("test", List.of(), batch -> Uni.createFrom()
                .failure(new PgException("refused", "ERROR", "22021", null)), FAST).await().atMost(Duration.ofSeconds(5));
        assertThat(outcome.poisoned()).isEmpty();
        assertThat(outcome.results()).isEmpty();
    }

    @Test
    void failuresAreClassifiedBySqlState() {
        assertThat(Failures.classify(new PgException("x", "ERROR", "22021", null))).isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(Failures.classify(new PgException("x", "ERROR", "23505", null))).isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(Failures.classify(new PgException("x", "ERROR", "54000", null))).isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(Failures.classify(new PgException("x", "ERROR", "40001", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "ERROR", "40P01", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "FATAL", "57P01", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "FATAL", "53300", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "ERROR", "25006", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "FATAL", "08006", null))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PgException("x", "ERROR", "42601", null))).isEqualTo(Failures.Kind.UNKNOWN);
        assertThat(Failures.classify(new org.apache.kafka.common.errors.RecordTooLargeException("big")))
                .isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(Failures.classify(new org.apache.kafka.common.errors.TimeoutException("slow"))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new java.util.concurrent.CompletionException(new PgException("x", "ERROR", "22P02", null))))
                .isEqualTo(Failures.Kind.DETERMINISTIC);
    }
}
