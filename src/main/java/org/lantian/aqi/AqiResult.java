package org.lantian.aqi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Outcome of one AQI computation.
 *
 * @param standard            id of the standard used, e.g. "HJ633-2026"
 * @param kind                HOURLY or DAILY
 * @param aqi                 the AQI; null means NA (nothing to compute from, or the 2026 missing-data
 *                            rule withheld it)
 * @param beyondTable         a sub-index is above its table; {@code aqi} is then 500, shown "500+"
 * @param category            category of {@code aqi}; null exactly when {@code aqi} is null
 * @param primaryPollutants   pollutants whose IAQI equals the AQI (all of them on a tie), only when
 *                            the AQI is above 50; empty otherwise
 * @param exceedingPollutants pollutants with IAQI above 100, for standards that list them (2012);
 *                            empty otherwise
 * @param iaqi                every sub-index that could be computed, in {@link SubIndex} order; kept
 *                            even when the AQI is NA
 */
public record AqiResult(String standard, AqiKind kind, Integer aqi, boolean beyondTable, AqiCategory category,
                        List<Pollutant> primaryPollutants, List<Pollutant> exceedingPollutants,
                        Map<SubIndex, Integer> iaqi) {

    public AqiResult {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(kind, "kind");
        primaryPollutants = List.copyOf(primaryPollutants);
        exceedingPollutants = List.copyOf(exceedingPollutants);
        iaqi = iaqi.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(iaqi));
        if ((aqi == null) != (category == null) || (aqi != null && category != AqiCategory.of(aqi))) {
            throw new IllegalArgumentException("category " + category + " does not match aqi " + aqi);
        }
    }

    /** False when the AQI is NA. */
    public boolean published() {
        return aqi != null;
    }

    /** "NA", "500+" beyond the table, otherwise the number. */
    public String display() {
        if (aqi == null) {
            return "NA";
        }
        return beyondTable ? aqi + "+" : aqi.toString();
    }
}
