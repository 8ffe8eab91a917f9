package org.lantian.warning.rules;

/**
 * Why a level was reached (or left): one satisfied condition and the forecast run that
 * satisfied it, e.g. YELLOW, "AQI > 200 for ≥ 24 h", 2020-01-10T00:00Z..2020-01-11T00:00Z, 24 h, 260.
 */
public record Reason(WarningLevel level, String condition, Run run, String ruleSetId) {
}
