package org.lantian.aqi;

import java.util.ArrayList;
import java.util.List;

/**
 * One input read against one table column for a kind of report.
 *
 * @param field    the input component
 * @param fallback component read when {@code field} is missing, or null
 * @param column   the breakpoint column; its sub-index is what the reading yields
 * @param required a missing required reading makes its pollutant "missing" (the 2026 NA rule);
 *                 optional readings only add a sub-index when given
 */
record ColumnReading(InputField field, InputField fallback, Column column, boolean required) {

    SubIndex key() {
        return column.subIndex();
    }

    Double concentration(AqiInput input) {
        Double value = field.of(input);
        return value != null || fallback == null ? value : fallback.of(input);
    }

    /** The readings of a kind (PM always against the 24-hour columns); documented on {@link AqiCalculator}. */
    static List<ColumnReading> forKind(AqiKind kind, boolean dailyO3OneHour) {
        List<ColumnReading> readings = new ArrayList<>();
        readings.add(new ColumnReading(InputField.PM25, null, Column.PM25_24H, true));
        readings.add(new ColumnReading(InputField.PM10, null, Column.PM10_24H, true));
        switch (kind) {
            case HOURLY -> {
                readings.add(new ColumnReading(InputField.SO2, null, Column.SO2_1H, true));
                readings.add(new ColumnReading(InputField.NO2, null, Column.NO2_1H, true));
                readings.add(new ColumnReading(InputField.CO, null, Column.CO_1H, true));
                readings.add(new ColumnReading(InputField.O3, null, Column.O3_1H, true));
                readings.add(new ColumnReading(InputField.O3_8H, null, Column.O3_8H, false));
            }
            case DAILY -> {
                readings.add(new ColumnReading(InputField.SO2, InputField.SO2_24H, Column.SO2_24H, true));
                readings.add(new ColumnReading(InputField.NO2, null, Column.NO2_24H, true));
                readings.add(new ColumnReading(InputField.CO, null, Column.CO_24H, true));
                readings.add(new ColumnReading(InputField.O3_8H, null, Column.O3_8H, true));
                if (dailyO3OneHour) {
                    readings.add(new ColumnReading(InputField.O3, null, Column.O3_1H, false));
                }
            }
        }
        return List.copyOf(readings);
    }
}
