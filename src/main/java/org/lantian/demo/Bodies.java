package org.lantian.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON bodies and timestamps as the contract wants them (seconds always, explicit offset). */
final class Bodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Bodies() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String time(Instant at, ZoneOffset zone) {
        return TIME.format(at.atOffset(zone));
    }

    /** One decimal: what a monitor reports. */
    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Uniform in [−1, 1). */
    static double jitter(java.util.SplittableRandom random) {
        return 2 * random.nextDouble() - 1;
    }
}
