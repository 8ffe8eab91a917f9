package org.lantian.testing;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.lantian.platform.AdvancingClock;

/**
 * The application's business clock in tests: the application's {@link AdvancingClock} (the system clock plus an
 * offset), which a test may also advance by a duration and reset. It replaces the business clock for every bean (all
 * {@code @QuarkusTest}s share one application), so an advanced clock is seen by everything that injects a Clock —
 * overdue orders, ingestion's future-skew checks, compliance's grace and silence. Technical time (stall checks, outbox
 * ages and retention, rate limits) reads the {@code @WallClock} and does not move. A test advances only as far as its
 * scenario needs and calls {@link #reset()} in a finally block or an {@code @AfterEach}; at offset zero it is the
 * system clock.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends AdvancingClock {

    /** Moves "now" forward by {@code by} (cumulative). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward until reset: " + by);
        }
        changeOffset(o -> o.plus(by));
    }

    /** Back to the system clock. */
    public void reset() {
        changeOffset(o -> Duration.ZERO);
    }
}
