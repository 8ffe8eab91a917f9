package org.lantian.reduction.list;

/** The four pollutants of the reduction list (baseline emissions and expected cuts, t/yr). */
public enum Pollutant {
    SO2("so2"),
    NOX("nox"),
    PM("pm"),
    VOCS("vocs");

    private final String key;

    Pollutant(String key) {
        this.key = key;
    }

    /** Lower-case key used in CSV column names and JSON ({@code so2}, {@code nox}, {@code pm}, {@code vocs}). */
    public String key() {
        return key;
    }
}
