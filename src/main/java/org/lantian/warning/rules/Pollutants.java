package org.lantian.warning.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Canonical pollutant codes, so forecasts and rule data may spell them differently
 * ("PM2.5", "pm25", "PM₂.₅"; "O3", "O3_8h") and still name one cause.
 */
public final class Pollutants {

    public static final String PM25 = "PM2.5";
    public static final String PM10 = "PM10";
    public static final String O3 = "O3";

    private Pollutants() {
    }

    /** Canonical code, or {@code null} for a blank or missing value. Unknown codes are upper-cased. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String plain = code.trim().toUpperCase(Locale.ROOT)
                .replace('₂', '2').replace('₃', '3').replace('₅', '5').replace('₁', '1').replace('₀', '0');
        String key = plain.replaceAll("[\\s._-]", "");
        return switch (key) {
            case "PM25" -> PM25;
            case "PM10" -> PM10;
            case "O3", "O38H", "O31H" -> O3;
            case "SO2", "NO2", "CO" -> key;
            default -> plain;
        };
    }

    /**
     * The causes one period names. HJ 633 lists all tied pollutants, so a forecast may say
     * "PM2.5,PM10"; each listed pollutant is credited with the period's hours.
     */
    static List<String> split(String primaryPollutant) {
        if (primaryPollutant == null) {
            return List.of();
        }
        return Arrays.stream(primaryPollutant.split("[,;/、]"))
                .map(Pollutants::normalize)
                .filter(p -> p != null)
                .distinct()
                .toList();
    }
}
