package org.lantian.monitoring;

import java.time.OffsetDateTime;

/**
 * The internal topic {@value #TOPIC}: an enterprise's hour whose stored telemetry changed, keyed by enterprise so that
 * one consumer of a group owns each enterprise. Monitoring writes it; whoever checks telemetry (compliance) reads it.
 */
public final class TelemetryHours {

    public static final String TOPIC = "aq.monitoring.telemetry-hours.v1";

    /** An enterprise's hour (its end) whose telemetry changed. */
    public record Mark(String enterpriseId, OffsetDateTime hour) {
    }

    private TelemetryHours() {
    }
}
