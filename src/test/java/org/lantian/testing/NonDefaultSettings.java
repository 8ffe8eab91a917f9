package org.lantian.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one test profile for the test classes that each need one setting away from the defaults, where the settings
 * do not touch each other's behaviour: a test profile is a restart of the application, so they share one.
 * <ul>
 * <li>{@code lantian.health.stall-after=PT3S} — {@code StallHealthTest} (a stall is seen in seconds, not minutes).
 * It only changes what readiness reports; no test in this profile other than that one reads readiness.</li>
 * <li>{@code lantian.warning.floor-mode=PROPOSAL} — {@code FloorProposalModeTest} (a regional warning proposes its
 * level instead of raising the region). It only changes what a regional warning on {@code aq.warning.regional.v1}
 * does; {@code StallHealthTest} sends none.</li>
 * <li>{@code lantian.monitoring.region-hour-grace=PT2H} — {@code RegionHourGraceTest} (a region-hour waits for its
 * stations; elsewhere in tests it is published at once). Only what reaches aq.monitoring.region-aqi.v1 and when; the
 * other two send no readings.</li>
 * </ul>
 * A test that needs a setting which would change what another class here proves gets its own profile instead.
 */
public class NonDefaultSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "lantian.health.stall-after", "PT3S",
                "lantian.warning.floor-mode", "PROPOSAL",
                "lantian.monitoring.region-hour-grace", "PT2H");
    }
}
