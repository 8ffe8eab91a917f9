package org.lantian.warning.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One forecast period as in the forecast message ({@code from}, {@code to}, {@code aqi},
 * {@code primaryPollutant}). Any span is allowed: a day, an hour, a 6-hour block.
 *
 * @param primaryPollutant may be {@code null} (e.g. AQI ≤ 50 has no primary pollutant); it is
 *     normalised with {@link Pollutants#normalize} so "PM2.5", "pm25" and "PM2_5" are one cause.
 */
public record Period(Instant from, Instant to, int aqi, String primaryPollutant) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("period must end after it starts: " + from + " .. " + to);
        }
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI must not be negative: " + aqi);
        }
        primaryPollutant = Pollutants.normalize(primaryPollutant);
    }

    /** Convenience for the contract's ISO-8601-with-offset times. */
    public static Period of(OffsetDateTime from, OffsetDateTime to, int aqi, String primaryPollutant) {
        return new Period(from.toInstant(), to.toInstant(), aqi, primaryPollutant);
    }

    boolean covers(Instant start, Instant end) {
        return !from.isAfter(start) && !to.isBefore(end);
    }

    long seconds() {
        return to.getEpochSecond() - from.getEpochSecond();
    }
}
