package org.lantian.platform.failure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

        Duration delay(int attempt) {
            long millis = firstDelay.toMillis() << Math.min(attempt, 16);
            return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
        }
    }

    private Isolation() {
    }

    public static <T, R> Uni<Outcome<T, R>> run(String what, List<T> items, Function<List<T>, Uni<R>> work) {
        return run(what, items, work, Policy.DEFAULT);
    }

    public static <T, R> Uni<Outcome<T, R>> run(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy) {
        return attempt(what, List.copyOf(items), work, policy, 0, null, 0);
    }

    private static <T, R> Uni<Outcome<T, R>> attempt(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy,
                                                     int attempt, String lastSignature, int sameInARow) {
        return Uni.createFrom().deferred(() -> work.apply(items))
                .map(Outcome::<T, R>done)
                .onFailure().recoverWithUni(failure -> {
                    Failures.Kind kind = Failures.classify(failure);
                    String signature = Failures.signature(failure);
                    int same = signature.equals(lastSignature) ? sameInARow + 1 : 1;
                    if (kind == Failures.Kind.DETERMINISTIC || kind == Failures.Kind.UNKNOWN && same >= policy.sameFailureLimit()) {
                        return isolate(what, items, work, policy, failure);
                    }
                    Duration delay = policy.delay(attempt);
                    if (attempt == 0 || attempt % 10 == 0) {
                        LOG.warnf("%s: %d record(s) failed (%s, attempt %d), retrying in %d ms: %s", what, items.size(),
                                kind, attempt + 1, delay.toMillis(), signature);
                    }
                    return Uni.createFrom().voidItem().onItem().delayIt().by(delay)
                            .chain(() -> attempt(what, items, work, policy, attempt + 1, signature, same));
                });
    }

    private static <T, R> Uni<Outcome<T, R>> isolate(String what, List<T> items, Function<List<T>, Uni<R>> work, Policy policy,
                                                     Throwable failure) {
        if (items.size() == 1) {
            LOG.errorf("%s: a record fails by itself and is set aside: %s", what, Failures.describe(failure));
            return Uni.createFrom().item(Outcome.poison(items.get(0), failure));
        }
        LOG.debugf("%s: %d record(s) refused (%s); splitting to find the ones that fail", what, items.size(), Failures.describe(failure));
        int half = items.size() / 2;
        List<T> left = items.subList(0, half);
        List<T> right = items.subList(half, items.size());
        return attempt(what, left, work, policy, 0, null, 0)
                .chain(first -> attempt(what, right, work, policy, 0, null, 0).map(first::plus));
    }
}
