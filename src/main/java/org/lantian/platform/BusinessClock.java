package org.lantian.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * Control of the business clock (the unqualified {@link java.time.Clock}): it may only be run ahead, never back.
 * Only the demo episode moves it, so that a heavy-pollution week unfolds in minutes with every clock-driven rule
 * (forecast periods, the observed trigger's age, acknowledgement deadlines) seeing the episode's own time.
 * Technical time reads the {@link WallClock} and never follows.
 */
public interface BusinessClock {

    /** Moves business "now" forward to {@code instant}; a no-op when it is already later. */
    void advanceTo(Instant instant);

    /** How far business time runs ahead of the wall clock. */
    Duration offset();
}
