package org.lantian.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile of the tests that replay the demo episode, on an installation of their own
 * ({@link EpisodeInfrastructure}), set as a demo installation runs it (docs/episode.md): the periodic business jobs
 * every half second (a simulated hour passes in a fraction of one), region-hours held for their missing stations as
 * in production (30 minutes of business time), no monitoring-gap findings for enterprises that
 * meter nothing (the episode meters a few), the observed trigger off (proposals come from the scenario's forecasts,
 * so the test can work them out from the scenario file).
 */
public class EpisodeInstallation implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "lantian.compliance.unmetered-gaps", "false",
                "lantian.compliance.sweep-interval", "PT0.5S",
                "lantian.directive.overdue-check-interval", "PT0.5S",
                "lantian.warning.effective-level-interval", "PT0.5S",
                "lantian.warning.observed.enabled", "false",
                "lantian.monitoring.region-hour-grace", "PT30M",
                "lantian.monitoring.region-hour-release-interval", "PT0.5S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EpisodeInfrastructure.class));
    }
}
