package org.lantian.compliance;

import java.time.Duration;

/** The configured figures the rules use, as a value (so the rules are testable without configuration). */
public record CheckLimits(double stopShare, double tolerance, int baselineDays, int baselineMinDays, Duration grace) {

    public static CheckLimits of(ComplianceSettings s) {
        return new CheckLimits(s.stopShare(), s.tolerance(), s.baselineDays(), s.baselineMinDays(), s.grace());
    }
}
