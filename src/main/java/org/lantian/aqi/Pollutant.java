package org.lantian.aqi;

/** The six pollutants of HJ 633, in the order results list them. */
public enum Pollutant {
    PM25("PM2.5"),
    PM10("PM10"),
    SO2("SO2"),
    NO2("NO2"),
    CO("CO"),
    O3("O3");

    private final String displayName;

    Pollutant(String displayName) {
        this.displayName = displayName;
    }

    /** The name used in reports and in the {@code primaryPollutant} field of the contract, e.g. "PM2.5". */
    public String displayName() {
        return displayName;
    }
}
