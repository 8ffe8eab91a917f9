package org.lantian.platform;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one source of "now" for beans that inject a {@link Clock} (a test can replace it with a fixed one). */
public class SystemClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
