package org.lantian.monitoring;

import java.time.OffsetDateTime;

/** One enterprise measurement: electricity, a stack concentration, or a truck at the gate. */
public record Telemetry(String enterpriseId, OffsetDateTime measuredAt, String meter, String kind, Double value,
                        String plate, String emissionStandard) {

    public static final String GATE_TRUCK = "GATE_TRUCK";
}
