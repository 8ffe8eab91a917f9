package org.lantian.directive;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lantian.directive")
public interface DirectiveSettings {

    /** How long an order may stay unacknowledged before it is escalated. */
    @WithDefault("PT2H")
    Duration ackDeadline();

    /** Classpath file with the vehicle and construction measures per level. */
    @WithDefault("directive/region-measures.json")
    String regionMeasures();

    /** How often the staggered-production season's start and end are looked for (the season changes by the day). */
    @WithDefault("PT1H")
    Duration staggeredCheckInterval();

    /** How often overdue orders are looked for. */
    @WithDefault("PT30S")
    Duration overdueCheckInterval();
}
