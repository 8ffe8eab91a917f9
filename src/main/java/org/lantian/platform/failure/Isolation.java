package org.lantian.platform.failure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Runs work on a list of records until it is done: a transient failure is retried with back-off
 * for as long as it lasts; a deterministic one (see {@link Failures}) splits the list in halves
 * until the records that fail on their own are found, and those alone are returned as poison while
 * the rest is done. An unknown failure counts as deterministic once it happened the same way
 * {@code sameFailureLimit} times in a row. The halves run in order, so records keep their order.
 */
public final class Isolation {

    private static final Logger LOG = Logger.getLogger(Isolation.class);

    /** A record whose processing fails by itself, and why. */
    public record Poisoned<T>(T item, Throwable cause) {

        public String describe() {
            return Failures.describe(cause);
        }

        /** The record's own rejection when it was one, else {@code unstorable} with the SQLSTATE and message. */
        public RecordRejected asRejection() {
            return Failures.unwrap(cause) instanceof RecordRejected r ? r
                    : new RecordRejected("unstorable", "", describe());
        }
    }

    /** What was done (one result per part that succeeded) and what was set aside. */
    public record Outcome<T, R>(List<R> results, List<Poisoned<T>> poisoned) {

        static <T, R> Outcome<T, R> done(R result) {
            List<R> results = new ArrayList<>(1);
            results.add(result);
            return new Outcome<>(results, new ArrayList<>());
        }

        static <T, R> Outcome<T, R> poison(T item, Throwable cause) {
            List<Poisoned<T>> poisoned = new ArrayList<>(1);
            poisoned.add(new Poisoned<>(item, cause));
            return new Outcome<>(new ArrayList<>(), poisoned);
        }

        Outcome<T, R> plus(Outcome<T, R> other) {
            results.addAll(other.results);
            poisoned.addAll(other.poisoned);
            return this;
        }
    }

    /** Back-off bounds and how often an unknown failure must repeat to count as deterministic. */
    public record Policy(Duration firstDelay, Duration maxDelay, int sameFailureLimit) {

        public static final Policy DEFAULT = new Policy(Duration.ofMillis(200), Duration.ofSeconds(10), 3);

    }

    private Isolation() {
    }

    public static <T, R> Uni<Outcome<T, R>> run(String what, List<T> items, Function<List<T>, Uni<R>> work) {
        return run(what, items, work, Policy.DEFAULT);
    }

    public static <T, R> Uni<Outcome<T, R>> run(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy) {
        return attempt(what, List.copyOf(items), work, policy);
    }

    /**
     * Retries by resubscribing (Mutiny's back-off), never by nesting: an outage of days must not
     * build a chain of operators that unwinds on one stack when it ends.
     */
    private static <T, R> Uni<Outcome<T, R>> attempt(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy) {
        AtomicReference<String> lastSignature = new AtomicReference<>();
        AtomicInteger sameInARow = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> work.apply(items))
                .onFailure(failure -> {
                    Failures.Kind kind = Failures.classify(failure);
                    if (kind == Failures.Kind.DETERMINISTIC) {
                        return false;
                    }
                    String signature = Failures.signature(failure);
                    int same = signature.equals(lastSignature.getAndSet(signature)) ? sameInARow.incrementAndGet() : resetTo(sameInARow);
                    if (kind == Failures.Kind.UNKNOWN && same >= policy.sameFailureLimit()) {
                        return false;
                    }
                    int attempt = attempts.incrementAndGet();
                    if (attempt == 1 || attempt % 10 == 0) {
                        LOG.warnf("%s: %d record(s) failed (%s, attempt %d), retrying with back-off: %s", what, items.size(), kind,
                                attempt, Failures.describe(failure));
                    }
                    return true;
                })
                .retry().withBackOff(policy.firstDelay(), policy.maxDelay()).indefinitely()
                .map(Outcome::<T, R>done)
                .onFailure().recoverWithUni(failure -> isolate(what, items, work, policy, failure));
    }

    private static int resetTo(AtomicInteger counter) {
        counter.set(1);
        return 1;
    }

    private static <T, R> Uni<Outcome<T, R>> isolate(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy,
                                                     Throwable failure) {
        if (items.isEmpty()) {
            // nothing to set aside: an empty write that fails is no record's fault
            LOG.errorf("%s: an empty batch failed (%s); nothing to set aside", what, Failures.describe(failure));
            return Uni.createFrom().item(new Outcome<>(new ArrayList<>(), new ArrayList<>()));
        }
        if (items.size() == 1) {
            LOG.errorf("%s: a record fails by itself and is set aside: %s", what, Failures.describe(failure));
            return Uni.createFrom().item(Outcome.poison(items.get(0), failure));
        }
        LOG.debugf("%s: %d record(s) refused (%s); splitting to find the ones that fail", what, items.size(), Failures.describe(failure));
        int half = items.size() / 2;
        List<T> left = items.subList(0, half);
        List<T> right = items.subList(half, items.size());
        // bisection nests at most log2(n) deep
        return attempt(what, left, work, policy)
                .chain(first -> attempt(what, right, work, policy).map(first::plus));
    }
}
