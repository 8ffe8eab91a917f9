package org.lantian.aqi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The HJ 633 versions the system knows, selected by date. Immutable and thread-safe.
 *
 * <p>Data, not code: {@code /aqi/standards.csv} lists each version with columns
 * <pre>
 * id                     HJ633-2012, HJ633-2026
 * effective_from         first day it applies (Asia/Shanghai), empty = open
 * effective_to           last day it applies, inclusive, empty = open
 * file                   its breakpoint table, next to the index (e.g. hj633-2026.csv)
 * beyond_top             what a column above its top breakpoint gives (see BeyondTopRule), e.g.
 *                        so2_1h=fixed:200;o3_8h=fixed:300; columns not named report "500+"
 * daily_o3_1h            true if a DAILY AQI also uses the daily maximum 1-hour O3 (2012)
 * primary_above          primary pollutants are named only when AQI is above this (50)
 * exceeding_above        list pollutants with IAQI above this as "exceeding" (2012: 100); empty = none
 * missing_publish_above  if a pollutant is missing, publish the AQI only above this (2026: 100),
 *                        otherwise it is NA; empty = always publish
 * </pre>
 * A table file has the header {@code iaqi,so2_24h,so2_1h,no2_24h,no2_1h,co_24h,co_1h,o3_1h,o3_8h,
 * pm10_24h,pm25_24h} and one row per IAQI breakpoint; an empty cell is the table's "–".
 *
 * <p>HJ 633—2012 has an open start: data from before it was implemented is evaluated under 2012
 * too, because the system has no older standard; HJ 633—2026 is open-ended.
 */
public final class AqiStandards {

    /** The zone of the standards' effective dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final String DEFAULT_INDEX = "/aqi/standards.csv";

    private final List<AqiStandard> standards;

    private AqiStandards(List<AqiStandard> standards) {
        List<AqiStandard> sorted = new ArrayList<>(standards);
        sorted.sort(Comparator.comparing((AqiStandard s) -> s.effectiveFrom().orElse(LocalDate.MIN)));
        requireContiguous(sorted);
        this.standards = List.copyOf(sorted);
    }

    /** The standards shipped in this jar; loaded once, shared (they are immutable). */
    public static AqiStandards loadDefault() {
        return Default.INSTANCE;
    }

    /** Loads an index from the classpath (tests use other data); fails on inconsistent data. */
    static AqiStandards load(String indexResource) {
        return new AqiStandards(StandardsLoader.load(indexResource));
    }

    /** The standard in force at an instant, by its calendar day in Asia/Shanghai. */
    public AqiStandard forInstant(Instant instant) {
        return forDate(LocalDate.ofInstant(instant, ZONE));
    }

    /** The standard in force on a calendar day in Asia/Shanghai. */
    public AqiStandard forDate(LocalDate day) {
        for (AqiStandard standard : standards) {
            if (standard.appliesOn(day)) {
                return standard;
            }
        }
        throw new IllegalArgumentException("no AQI standard applies on " + day);
    }

    /**
     * A standard by id, ignoring case, spaces and the dash style ("HJ633-2012", "hj 633—2012"),
     * or by its year alone ("2012", "2026").
     */
    public Optional<AqiStandard> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = normalise(id);
        for (AqiStandard standard : standards) {
            String known = normalise(standard.id());
            if (known.equals(wanted) || known.substring(known.lastIndexOf('-') + 1).equals(wanted)) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    /** All standards, oldest first. */
    public List<AqiStandard> all() {
        return standards;
    }

    private static String normalise(String id) {
        return id.replaceAll("\\s+", "").replace('—', '-').replace('–', '-').toUpperCase(Locale.ROOT);
    }

    /** Unique ids; each standard starts the day after the previous one ends, so every day has exactly one. */
    private static void requireContiguous(List<AqiStandard> sorted) {
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no AQI standards");
        }
        if (sorted.stream().map(s -> normalise(s.id())).distinct().count() != sorted.size()) {
            throw new IllegalStateException("AQI standard ids must be unique");
        }
        for (int i = 1; i < sorted.size(); i++) {
            AqiStandard previous = sorted.get(i - 1);
            AqiStandard next = sorted.get(i);
            LocalDate end = previous.effectiveTo().orElse(null);
            LocalDate start = next.effectiveFrom().orElse(null);
            if (end == null || start == null || !end.plusDays(1).equals(start)) {
                throw new IllegalStateException(previous.id() + " and " + next.id()
                        + " must meet without gap or overlap (effective_to + 1 day = effective_from)");
            }
        }
    }

    private static final class Default {
        static final AqiStandards INSTANCE = load(DEFAULT_INDEX);
    }
}
