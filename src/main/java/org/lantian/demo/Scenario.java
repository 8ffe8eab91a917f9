package org.lantian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A demo episode as data (docs/episode.md documents every field). Hours are counted from the episode's start;
 * concentrations are µg/m³, electricity kW.
 */
public record Scenario(String name, String description, String zoneOffset, List<Phase> phases, Diurnal diurnal,
                       List<String> regions, Map<String, Double> countyFactors, double defaultCountyFactor,
                       double stationSpread, double hourlyNoise, Missing missing, List<BadReading> badReadings,
                       Forecasts forecasts, RegionalFloor regionalWarning, double compliantShare, int historyDays,
                       List<Enterprise> enterprises, Acknowledgements acknowledgements) {

    /** The city-wide PM2.5 level moves linearly from {@code pm25From} to {@code pm25To} over {@code hours}. */
    public record Phase(String name, int hours, double pm25From, double pm25To) {
    }

    /** Multiplier 1 + amplitude·cos(2π(h − peakHour)/24) on the local hour of day. */
    public record Diurnal(double amplitude, int peakHour) {
    }

    /** Shares of station-hours whose PM2.5 is null, and of station-hours not reported at all. */
    public record Missing(double pm25NullShare, double absentShare) {
    }

    /** A deliberately bad reading in place of a station's hour: NEGATIVE, IMPLAUSIBLE or NOT_A_NUMBER. */
    public record BadReading(int hour, String station, BadKind kind) {
    }

    public enum BadKind {
        /** pm25 −5: the application refuses it as negative-value. */
        NEGATIVE("negative-value"),
        /** pm25 5000, above the plausible limit: implausible-value. */
        IMPLAUSIBLE("implausible-value"),
        /** pm25 "n/a", a string: the schema refuses it (schema-violation). */
        NOT_A_NUMBER("schema-violation");

        private final String reason;

        BadKind(String reason) {
            this.reason = reason;
        }

        /** The dead-letter reason the ingestor gives it. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Forecasts issued every day at the local {@code issueHour} for the next {@code days} days, with a relative error,
     * for {@code regions} (null: the city and every reporting county).
     */
    public record Forecasts(int issueHour, int days, double error, List<String> regions) {
    }

    /** The provincial warning: sent at {@code issuedHour}, a floor of {@code level} from {@code fromHour} to {@code toHour}. */
    public record RegionalFloor(String issuerRegion, String issuedBy, int issuedHour, int fromHour, int toHour,
                                String level, List<String> regions, String reason) {
    }

    /**
     * A listed enterprise's metered lines and how it behaves while it is under an order (as seen on the directive
     * topic during the replay; a complying meter draws {@code compliantShare} of its normal load).
     */
    public record Enterprise(String id, List<Meter> meters, Behaviour behaviour, String meter, Double share,
                             Integer fromHour, List<Truck> trucks, int cleanTrucksPerDay) {
    }

    public record Meter(String meter, double kw) {
    }

    public enum Behaviour {
        /** Reduces every meter to the compliant share. */
        COMPLY,
        /** {@code meter} keeps its normal load (a stop ignored); the other meters comply. */
        IGNORE_STOP,
        /** Every meter draws {@code share} of normal (a limit exceeded). */
        EXCEED_LIMIT,
        /** Complies, but stops reporting at all from {@code fromHour}. */
        SILENT,
        /** Complies, but lets the listed {@code trucks} through the gate. */
        BANNED_TRUCK
    }

    /**
     * How enterprises answer their orders: at once, or — for {@code lateShare} of them, drawn once per enterprise from
     * the seed — {@code lateByHours} after the deadline; the listed ones never.
     */
    public record Acknowledgements(double lateShare, int lateByHours, List<String> never) {
    }

    /** A truck at the gate at {@code hour}: plate and emission standard (CHINA_IV …). */
    public record Truck(int hour, String plate, String emissionStandard) {
    }

    /** The episode's length in hours: the phases together. */
    public int hours() {
        return phases.stream().mapToInt(Phase::hours).sum();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Reads a scenario from the classpath; fails naming the resource when absent or malformed. */
    public static Scenario load(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + resource + " on the classpath");
            }
            return MAPPER.readValue(in, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario " + resource + " unreadable: " + e.getMessage(), e);
        }
    }
}
