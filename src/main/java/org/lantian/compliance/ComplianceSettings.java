package org.lantian.compliance;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lantian.compliance")
public interface ComplianceSettings {

    /** Days before an order whose same hours make the baseline (median per hour of day). */
    @WithDefault("7")
    int baselineDays();

    /** Fewer days than this with data for an hour of day: "no baseline" instead of a guess. */
    @WithDefault("3")
    int baselineMinDays();

    /** Time an order gets to take effect before it is checked. */
    @WithDefault("PT2H")
    Duration grace();

    /** A stopped line's electricity must fall below this share of its baseline. */
    @WithDefault("0.20")
    double stopShare();

    /** Percentage points a limited line may run above its allowed % of baseline. */
    @WithDefault("10")
    double tolerance();

    /** No telemetry for longer than this from a meter an order depends on is a monitoring gap. */
    @WithDefault("PT3H")
    Duration silence();

    /**
     * Whether an enterprise that has never sent any telemetry gets monitoring-gap findings. True for an installation
     * whose listed enterprises all meter; false while meters are still being connected (and in the demo, whose
     * episode meters only a few enterprises): a meter that reported and then went silent is a gap either way.
     */
    @WithDefault("true")
    boolean unmeteredGaps();

    /** How often monitoring gaps and ended orders are looked for. */
    @WithDefault("PT1M")
    Duration sweepInterval();

    /** How many of a finding's hours its evidence lists (the latest ones). */
    @WithDefault("48")
    int evidenceHours();
}
