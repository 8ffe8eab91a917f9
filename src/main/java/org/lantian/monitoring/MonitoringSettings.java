package org.lantian.monitoring;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lantian.monitoring")
public interface MonitoringSettings {

    /** How far in the future a timestamp may lie (clock skew) before the record is refused. */
    @WithDefault("PT10M")
    Duration maxFutureSkew();

    /**
     * How long after a station's latest hour a reading for an earlier hour may still
     * arrive (and correct it); older ones are refused as too late.
     */
    @WithDefault("PT3H")
    Duration lateness();

    /**
     * How long after its end a region-hour waits for its missing stations before it is published anyway; one whose
     * stations have all reported is published at once (docs/domain-decisions.md, "Fewer, final answers").
     */
    @WithDefault("PT30M")
    Duration regionHourGrace();

    /** How often held region-hours whose grace has passed are looked for and published. */
    @WithDefault("PT15S")
    Duration regionHourReleaseInterval();

    /** Above these a value is physically implausible and the record is refused. */
    Limits limits();

    interface Limits {
        @WithDefault("3000")
        double pm25();

        @WithDefault("10000")
        double pm10();

        @WithDefault("10000")
        double so2();

        @WithDefault("5000")
        double no2();

        /** mg/m³ */
        @WithDefault("200")
        double co();

        @WithDefault("3000")
        double o3();

        @WithDefault("1000")
        double forecastAqi();

        /** Stack SO₂, NOx, PM and NH₃ slip, mg/m³ (raw flue gas reaches thousands). */
        @WithDefault("100000")
        double stackConcentration();

        /** One meter's electrical load, kW. */
        @WithDefault("10000000")
        double electricityKw();
    }
}
