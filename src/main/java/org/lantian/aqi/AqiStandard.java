package org.lantian.aqi;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of HJ 633: its breakpoint table and its version-specific rules, all read from
 * {@code /aqi/standards.csv} and the table file it names (see {@link AqiStandards}). Immutable.
 */
public final class AqiStandard {

    private final String id;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final Map<Column, BreakpointColumn> columns;
    private final Map<Column, BeyondTopRule> beyondTop;
    private final Map<AqiKind, List<ColumnReading>> readings;
    private final int maxIaqi;
    private final int primaryAbove;
    private final Integer exceedingAbove;
    private final Integer missingPublishAbove;

    /**
     * @param effectiveFrom       first day (Asia/Shanghai) it applies, null for open
     * @param effectiveTo         last day (inclusive), null for open
     * @param beyondTop           rules for columns whose top is exceeded; other columns report "500+"
     * @param dailyO3OneHour      whether a DAILY AQI also uses the daily maximum 1-hour O3
     * @param primaryAbove        primary pollutants are named only when AQI is above this
     * @param exceedingAbove      pollutants with IAQI above this are listed as exceeding; null: none listed
     * @param missingPublishAbove with a pollutant missing, the AQI is published only above this; null: always
     */
    AqiStandard(String id, LocalDate effectiveFrom, LocalDate effectiveTo, Map<Column, BreakpointColumn> columns,
                Map<Column, BeyondTopRule> beyondTop, boolean dailyO3OneHour, int primaryAbove,
                Integer exceedingAbove, Integer missingPublishAbove) {
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(id + ": table lacks column " + column.header());
            }
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effective_to before effective_from");
        }
        this.id = id;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.columns = new EnumMap<>(columns);
        this.beyondTop = beyondTop.isEmpty() ? Map.of() : new EnumMap<>(beyondTop);
        EnumMap<AqiKind, List<ColumnReading>> byKind = new EnumMap<>(AqiKind.class);
        for (AqiKind kind : AqiKind.values()) {
            byKind.put(kind, ColumnReading.forKind(kind, dailyO3OneHour));
        }
        this.readings = byKind;
        this.maxIaqi = this.columns.values().stream().mapToInt(BreakpointColumn::topIaqi).max().orElseThrow();
        this.primaryAbove = primaryAbove;
        this.exceedingAbove = exceedingAbove;
        this.missingPublishAbove = missingPublishAbove;
    }

    /** "HJ633-2012" or "HJ633-2026". */
    public String id() {
        return id;
    }

    /** First day it applies (Asia/Shanghai); empty if open-ended. */
    public Optional<LocalDate> effectiveFrom() {
        return Optional.ofNullable(effectiveFrom);
    }

    /** Last day it applies, inclusive (Asia/Shanghai); empty if open-ended. */
    public Optional<LocalDate> effectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    /** Whether it applies on a calendar day in Asia/Shanghai. */
    public boolean appliesOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    @Override
    public String toString() {
        return id;
    }

    BreakpointColumn column(Column column) {
        return columns.get(column);
    }

    BeyondTopRule beyondTop(Column column) {
        return beyondTop.getOrDefault(column, BeyondTopRule.BEYOND_TABLE);
    }

    List<ColumnReading> readings(AqiKind kind) {
        return readings.get(kind);
    }

    /** The sub-index reported for a concentration beyond the table: the table's top IAQI (500). */
    int maxIaqi() {
        return maxIaqi;
    }

    int primaryAbove() {
        return primaryAbove;
    }

    Integer exceedingAbove() {
        return exceedingAbove;
    }

    Integer missingPublishAbove() {
        return missingPublishAbove;
    }
}
