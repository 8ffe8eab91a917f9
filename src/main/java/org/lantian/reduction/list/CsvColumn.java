package org.lantian.reduction.list;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the reduction-list CSV, in the order export writes them (docs/reduction-list-csv.md). Columns up to
 * {@link #SYNTHETIC} describe the enterprise and are repeated on each of its rows; the rest describe one measure.
 */
public enum CsvColumn {
    CREDIT_CODE("credit_code", true),
    NAME("name", true),
    COUNTY_CODE("county_code", true),
    INDUSTRY("industry", true),
    GRADE("grade", true),
    BASELINE_AMOUNT("baseline_amount", true),
    BASELINE_UNIT("baseline_unit", true),
    EMISSION_SO2("emission_so2_t_yr", true),
    EMISSION_NOX("emission_nox_t_yr", true),
    EMISSION_PM("emission_pm_t_yr", true),
    EMISSION_VOCS("emission_vocs_t_yr", true),
    PRODUCTION_LINES("production_lines", true),
    BASIC_NEEDS("basic_needs", true),
    STAGGERED("staggered", true),
    SYNTHETIC("synthetic", true),
    LEVEL("level", false),
    LINE("line", false),
    PROCESS("process", false),
    ACTION("action", false),
    LIMIT_PERCENT("limit_percent", false),
    HOURS("hours", false),
    CUT_SO2("cut_so2_t_yr", false),
    CUT_NOX("cut_nox_t_yr", false),
    CUT_PM("cut_pm_t_yr", false),
    CUT_VOCS("cut_vocs_t_yr", false),
    INDICATOR("indicator", false),
    DESCRIPTION("description", false);

    private final String header;
    private final boolean enterpriseField;

    CsvColumn(String header, boolean enterpriseField) {
        this.header = header;
        this.enterpriseField = enterpriseField;
    }

    /** The column name in the header row. */
    public String header() {
        return header;
    }

    /** True for the enterprise's fields, which must agree on all of its rows. */
    public boolean enterpriseField() {
        return enterpriseField;
    }

    /** The header row, in export order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(CsvColumn::header).toList();
    }

    public static Optional<CsvColumn> byHeader(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }

    public static CsvColumn emission(Pollutant p) {
        return switch (p) {
            case SO2 -> EMISSION_SO2;
            case NOX -> EMISSION_NOX;
            case PM -> EMISSION_PM;
            case VOCS -> EMISSION_VOCS;
        };
    }

    public static CsvColumn cut(Pollutant p) {
        return switch (p) {
            case SO2 -> CUT_SO2;
            case NOX -> CUT_NOX;
            case PM -> CUT_PM;
            case VOCS -> CUT_VOCS;
        };
    }
}
