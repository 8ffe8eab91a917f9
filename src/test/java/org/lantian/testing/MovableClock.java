package org.lantian.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.lantian.platform.BusinessClock;

/**
 * The application's business clock in tests: the system clock plus an offset a test can advance.
 * It replaces the {@code Clock} produced by {@code platform.SystemClock} for every bean (all
 * {@code @QuarkusTest}s share one application), so an advanced clock is seen by everything that
 * injects a Clock — overdue orders, ingestion's future-skew checks, compliance's grace and silence. Technical time
 * (stall checks, outbox ages and retention, rate limits) reads the {@code @WallClock} and does not move.
 * A test advances only as far as its scenario needs and calls {@link #reset()} in a finally block
 * or an {@code @AfterEach}; at offset zero it is the system clock.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock implements BusinessClock {

    private static final Clock SYSTEM = Clock.systemUTC();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves "now" forward by {@code by} (cumulative). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward until reset: " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Moves "now" forward to {@code instant} (no-op if it is already later). */
    @Override
    public void advanceTo(Instant instant) {
        offset.updateAndGet(o -> {
            Duration needed = Duration.between(SYSTEM.instant(), instant);
            return needed.compareTo(o) > 0 ? needed : o;
        });
    }

    /** Back to the system clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return SYSTEM.getZone();
    }

    /** The same moving time seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
