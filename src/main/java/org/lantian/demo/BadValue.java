package org.lantian.demo;

/** A deliberately bad reading the generator put in place of a station's hour, and the DLQ reason it must get. */
public record BadValue(String stationCode, String observedAt, Scenario.BadKind kind) {

    public String reason() {
        return kind.reason();
    }
}
