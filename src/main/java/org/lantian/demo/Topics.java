package org.lantian.demo;

/** The input topics an episode is published on (docs/contract: fixed names). */
final class Topics {

    static final String READINGS = "aq.monitoring.readings.v1";
    static final String FORECASTS = "aq.monitoring.forecasts.v1";
    static final String TELEMETRY = "aq.monitoring.enterprise-telemetry.v1";
    static final String REGIONAL = "aq.warning.regional.v1";

    private Topics() {
    }
}
