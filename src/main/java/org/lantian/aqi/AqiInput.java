package org.lantian.aqi;

/**
 * Concentrations for one AQI computation; {@code null} means missing. µg/m³, CO in mg/m³.
 * Component names are those of the contract's {@code concentrations} object.
 *
 * <p>What each component means depends on the {@link AqiKind}:
 * <table>
 *   <caption>Meaning of the components per kind</caption>
 *   <tr><th>component</th><th>HOURLY</th><th>DAILY</th></tr>
 *   <tr><td>pm25, pm10</td><td>1-hour mean</td><td>24-hour mean</td></tr>
 *   <tr><td>so2, no2, co</td><td>1-hour mean</td><td>24-hour mean</td></tr>
 *   <tr><td>o3</td><td>1-hour mean</td><td>daily maximum 1-hour mean</td></tr>
 *   <tr><td>o3_8h</td><td>8-hour rolling mean ending this hour</td><td>daily maximum 8-hour rolling mean</td></tr>
 *   <tr><td>so2_24h</td><td>24-hour rolling mean; only read when so2 is beyond its
 *       1-hour table and the standard says to use the 24-hour value (2012)</td>
 *       <td>24-hour mean; read only when so2 is null</td></tr>
 * </table>
 *
 * <p>Values are validated here, so an {@code AqiInput} is always usable: no negative, NaN or
 * infinite value. -0.0 is accepted as zero.
 */
public record AqiInput(Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3,
                       Double o3_8h, Double so2_24h) {

    public AqiInput {
        requireValid("pm25", pm25);
        requireValid("pm10", pm10);
        requireValid("so2", so2);
        requireValid("no2", no2);
        requireValid("co", co);
        requireValid("o3", o3);
        requireValid("o3_8h", o3_8h);
        requireValid("so2_24h", so2_24h);
    }

    /** The six contract concentrations, without {@code so2_24h}. */
    public AqiInput(Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3, Double o3_8h) {
        this(pm25, pm10, so2, no2, co, o3, o3_8h, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void requireValid(String field, Double value) {
        if (value == null) {
            return;
        }
        double v = value;
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException(field + " must be a number, was NaN");
        }
        if (v < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + v);
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be finite, was " + v);
        }
    }

    /** Fluent construction; unset components stay missing (null). */
    public static final class Builder {
        private Double pm25;
        private Double pm10;
        private Double so2;
        private Double no2;
        private Double co;
        private Double o3;
        private Double o3_8h;
        private Double so2_24h;

        private Builder() {
        }

        public Builder pm25(Double value) {
            pm25 = value;
            return this;
        }

        public Builder pm10(Double value) {
            pm10 = value;
            return this;
        }

        public Builder so2(Double value) {
            so2 = value;
            return this;
        }

        public Builder no2(Double value) {
            no2 = value;
            return this;
        }

        public Builder co(Double value) {
            co = value;
            return this;
        }

        public Builder o3(Double value) {
            o3 = value;
            return this;
        }

        public Builder o3_8h(Double value) {
            o3_8h = value;
            return this;
        }

        public Builder so2_24h(Double value) {
            so2_24h = value;
            return this;
        }

        public AqiInput build() {
            return new AqiInput(pm25, pm10, so2, no2, co, o3, o3_8h, so2_24h);
        }
    }
}
