package org.lantian.reduction.list;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The optional enterprise columns of the reduction-list CSV (docs/reduction-list-csv.md): a file may leave any of them
 * out; when present they are repeated, identically, on each of the enterprise's rows like the {@link CsvColumn}
 * enterprise fields. Export writes them after the {@link CsvColumn} columns, in this order, and only when some
 * enterprise of the list {@link #usedBy uses} them, so a list without them exports exactly as before.
 */
enum OptionalCsvColumn {
    /** The fields withheld from the public list ({@link Enterprise#confidential()}), names separated by {@code ;}. */
    CONFIDENTIAL("confidential"),
    /** Permitted SO₂ stack concentration, mg/m³ ({@link Permit#so2()}). */
    PERMIT_SO2("permit_so2_mg_m3"),
    /** Permitted NOx stack concentration, mg/m³ ({@link Permit#nox()}). */
    PERMIT_NOX("permit_nox_mg_m3"),
    /** Permitted PM stack concentration, mg/m³ ({@link Permit#pm()}). */
    PERMIT_PM("permit_pm_mg_m3"),
    /** Denitration type ({@link Permit#denitration()}): SCR, SNCR, NONE; empty = NONE. */
    DENITRATION("denitration");

    private final String header;

    OptionalCsvColumn(String header) {
        this.header = header;
    }

    /** The column name in the header row. */
    String header() {
        return header;
    }

    /** Order among all columns (for sorting errors): after every {@link CsvColumn}. */
    int order() {
        return CsvColumn.values().length + ordinal();
    }

    static Optional<OptionalCsvColumn> byHeader(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(OptionalCsvColumn::header).toList();
    }

    /**
     * True when the enterprise has something to write in this column's group: the {@code confidential} column for
     * an enterprise with a mark, the four permit columns (together) for an enterprise with a permit.
     */
    boolean usedBy(Enterprise e) {
        return switch (this) {
            case CONFIDENTIAL -> !e.confidential().isEmpty();
            case PERMIT_SO2, PERMIT_NOX, PERMIT_PM, DENITRATION -> !e.permit().equals(Permit.NONE);
        };
    }

    /** The enterprise's value as export writes it (read back by import as the same value). */
    String export(Enterprise e) {
        Permit p = e.permit();
        return switch (this) {
            case CONFIDENTIAL -> String.join(";", e.confidential());
            case PERMIT_SO2 -> CsvFormatting.number(p.so2());
            case PERMIT_NOX -> CsvFormatting.number(p.nox());
            case PERMIT_PM -> CsvFormatting.number(p.pm());
            case DENITRATION -> p.denitration() == Denitration.NONE ? "" : p.denitration().name();
        };
    }
}
