package org.lantian.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/**
 * The business clock: the system clock plus an offset that only grows. At offset zero (every installation that does
 * not replay a demo episode) it is the system clock. The offset lives in memory: a restart is back at wall time.
 */
@Singleton
public class AdvancingClock extends Clock implements BusinessClock {

    private static final Clock SYSTEM = Clock.systemUTC();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public void advanceTo(Instant instant) {
        offset.updateAndGet(o -> {
            Duration needed = Duration.between(SYSTEM.instant(), instant);
            return needed.compareTo(o) > 0 ? needed : o;
        });
    }

    /** For a test's clock: the offset changed at will (the application only ever advances it). */
    protected void changeOffset(java.util.function.UnaryOperator<Duration> change) {
        offset.updateAndGet(change);
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
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same advancing time seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        Clock self = this;
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
