package org.lantian.compliance;

import java.time.OffsetDateTime;

/**
 * One rule on one meter of one order in one hour (named by its end), with the figures it was decided on.
 *
 * @param value     the hour's mean (kW, mg/m³), the banned trucks counted (TRUCK_BAN), or the minutes of silence (MONITORING_GAP)
 * @param baseline  the meter's baseline for that hour of day (STOP, LIMIT), else null
 * @param threshold the value allowed (STOP: below it; others: at most it), null for NO_BASELINE
 * @param note      what a reader needs besides the figures (banned plates, last report), or null
 */
public record HourVerdict(String directiveId, Rule rule, String meter, OffsetDateTime hour, Verdict verdict, Double value,
                          Double baseline, Double threshold, String note) {
}
