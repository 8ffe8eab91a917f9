package org.lantian.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lantian.platform.WallClock;

/**
 * At most {@code lantian.security.denials-recorded-per-minute} ACCESS_DENIED events per actor and minute (per
 * instance): someone probing every id must not be able to flood the event log. Refusals beyond that are counted
 * and the count goes with the actor's next recorded one.
 */
@ApplicationScoped
public class DenialRateLimit {

    /** Bounded memory: past this many actors in the window, older windows are dropped. */
    static final int MAX_ACTORS = 10_000;

    private record Window(Instant start, int recorded, long unrecorded) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    DenialRateLimit(@ConfigProperty(name = "lantian.security.denials-recorded-per-minute", defaultValue = "10") int perMinute,
                    @WallClock Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Empty when this refusal is not to be recorded; otherwise how many went unrecorded before it. */
    public OptionalLong admit(String actor) {
        Instant now = clock.instant();
        if (windows.size() > MAX_ACTORS) {
            windows.values().removeIf(w -> Duration.between(w.start(), now).toMinutes() >= 1);
        }
        long[] unrecorded = {-1};
        windows.compute(actor, (a, w) -> {
            if (w == null || Duration.between(w.start(), now).toMinutes() >= 1) {
                unrecorded[0] = w == null ? 0 : w.unrecorded();
                return new Window(now, 1, 0);
            }
            if (w.recorded() < perMinute) {
                unrecorded[0] = w.unrecorded();
                return new Window(w.start(), w.recorded() + 1, 0);
            }
            return new Window(w.start(), w.recorded(), w.unrecorded() + 1);
        });
        return unrecorded[0] < 0 ? OptionalLong.empty() : OptionalLong.of(unrecorded[0]);
    }
}
