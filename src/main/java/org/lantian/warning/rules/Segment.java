package org.lantian.warning.rules;

import java.time.Instant;

/** A stretch of the resolved forecast timeline with one AQI and one primary pollutant. */
public record Segment(Instant from, Instant to, int aqi, String primaryPollutant) {

    long seconds() {
        return to.getEpochSecond() - from.getEpochSecond();
    }

    boolean continues(Segment previous) {
        return previous.to.equals(from);
    }
}
