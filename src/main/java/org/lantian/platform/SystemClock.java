package org.lantian.platform;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The wall clock. Business time (the unqualified {@link Clock}) is {@link AdvancingClock}, which tests replace with an
 * alternative.
 */
public class SystemClock {

    /** Technical time ({@link WallClock}): never replaced, never moved. */
    @Produces
    @Singleton
    @WallClock
    Clock wall() {
        return Clock.systemUTC();
    }
}
