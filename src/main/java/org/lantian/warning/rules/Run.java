package org.lantian.warning.rules;

import java.time.Instant;

/**
 * A stretch of consecutive forecast time found by a condition: where it starts and ends, how
 * many hours it lasts (fractional when the periods are) and the highest AQI in it.
 */
public record Run(Instant from, Instant to, double hours, int maxAqi) {
}
