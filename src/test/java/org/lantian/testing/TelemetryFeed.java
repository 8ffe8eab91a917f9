package org.lantian.testing;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Synthetic enterprise telemetry on {@code aq.monitoring.enterprise-telemetry.v1}, for the compliance tests. */
public final class TelemetryFeed {

    public static final String TOPIC = "aq.monitoring.enterprise-telemetry.v1";
    /** The contract's times: seconds always written (OffsetDateTime.toString drops zero seconds). */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private TelemetryFeed() {
    }

    /** Every hour of the {@code perDay.length} days before {@code start}, day d (1 = the day before) at perDay[d-1] kW. */
    public static void history(String enterprise, String meter, OffsetDateTime start, double... perDay) {
        for (int d = 1; d <= perDay.length; d++) {
            for (int h = 0; h < 24; h++) {
                send(enterprise, meter, "ELECTRICITY_KW", start.minusDays(d).plusHours(h), perDay[d - 1]);
            }
        }
    }

    /** Hours start+from … start+to (their ends), each at {@code kw}. */
    public static void hours(String enterprise, String meter, OffsetDateTime start, int from, int to, double kw) {
        for (int h = from; h <= to; h++) {
            send(enterprise, meter, "ELECTRICITY_KW", start.plusHours(h), kw);
        }
    }

    public static void send(String enterprise, String meter, String kind, OffsetDateTime at, double value) {
        Infra.send(TOPIC, enterprise, """
                {"enterpriseId": "%s", "measuredAt": "%s", "meter": "%s", "kind": "%s", "value": %s}"""
                .formatted(enterprise, TIME.format(at), meter, kind, value));
    }

    public static void truck(String enterprise, String gate, OffsetDateTime at, String plate, String standard) {
        Infra.send(TOPIC, enterprise, """
                {"enterpriseId": "%s", "measuredAt": "%s", "meter": "%s", "kind": "GATE_TRUCK", "value": 1, "plate": "%s",
                 "emissionStandard": "%s"}""".formatted(enterprise, TIME.format(at), gate, plate, standard));
    }
}
