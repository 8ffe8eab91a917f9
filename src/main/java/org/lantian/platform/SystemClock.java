package org.lantian.platform;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one source of "now" for beans that inject a {@link Clock}; tests may replace it with an alternative. */
public class SystemClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Technical time ({@link WallClock}): never replaced, never moved. */
    @Produces
    @Singleton
    @WallClock
    Clock wall() {
        return Clock.systemUTC();
    }
}
