package org.lantian.aqi;

/**
 * Which report an AQI belongs to; decides which concentrations are read against which columns.
 * See {@link AqiCalculator} for the exact inputs of each kind.
 */
public enum AqiKind {
    /** Real-time (hourly) report: 1-hour means, PM read against the 24-hour columns. */
    HOURLY,
    /** Daily report: 24-hour means, O3 as the daily maximum 8-hour mean. */
    DAILY
}
