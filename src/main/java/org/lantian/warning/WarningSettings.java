package org.lantian.warning;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lantian.warning")
public interface WarningSettings {

    /** How often every region's effective level is recomputed, so that later start and end times take effect. */
    @WithDefault("PT1M")
    Duration effectiveLevelInterval();

    /** The rule set used where no region-specific one is configured (an id of the bundled sets). */
    @WithDefault("national-2019")
    String ruleSet();

    /** Per-region rule set ids, e.g. {@code lantian.warning.region-rule-sets."141024"=shanxi-2017}. */
    Map<String, String> regionRuleSets();

    /** How long the forecast must stay below the current level's start criteria before a downgrade or lift. */
    @WithDefault("PT36H")
    Duration downgradeHold();

    /** AUTOMATIC: a regional floor raises effective levels at once; PROPOSAL: it only proposes. */
    @WithDefault("AUTOMATIC")
    FloorMode floorMode();

    /** The observed trigger: consecutive published hours above a threshold while the region has no warning. */
    Observed observed();

    interface Observed {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("3")
        int hours();

        @WithDefault("200")
        int aqiAbove();

        /** Hours older than this (a backfill, a replay) trigger nothing. */
        @WithDefault("PT6H")
        java.time.Duration maxAge();

        /** The level proposed. */
        @WithDefault("YELLOW")
        org.lantian.warning.rules.WarningLevel level();
    }

    enum FloorMode {
        AUTOMATIC, PROPOSAL
    }
}
