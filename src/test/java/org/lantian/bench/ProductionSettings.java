package org.lantian.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark measures the settings an installation runs with, not the test run's: the test profile publishes every
 * region-hour at once (grace PT0S, since the tests' hours are past) and sweeps compliance hourly; here they are the
 * defaults of application.properties again.
 */
public class ProductionSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "lantian.monitoring.region-hour-grace", "PT30M",
                "lantian.monitoring.region-hour-release-interval", "PT15S",
                "lantian.compliance.sweep-interval", "PT1M");
    }
}
