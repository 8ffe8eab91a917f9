package org.lantian.aqi;

/**
 * Key of one individual AQI (IAQI) in a result. O3 has two: the 1-hour and the 8-hour sub-index,
 * both count for the pollutant O3. {@link #field()} is the concentration name of the contract, so a
 * response's {@code iaqi} object can use the same names as its request's {@code concentrations}.
 */
public enum SubIndex {
    PM25("pm25", Pollutant.PM25),
    PM10("pm10", Pollutant.PM10),
    SO2("so2", Pollutant.SO2),
    NO2("no2", Pollutant.NO2),
    CO("co", Pollutant.CO),
    O3_1H("o3", Pollutant.O3),
    O3_8H("o3_8h", Pollutant.O3);

    private final String field;
    private final Pollutant pollutant;

    SubIndex(String field, Pollutant pollutant) {
        this.field = field;
        this.pollutant = pollutant;
    }

    /** Contract name: pm25, pm10, so2, no2, co, o3, o3_8h. */
    public String field() {
        return field;
    }

    public Pollutant pollutant() {
        return pollutant;
    }
}
