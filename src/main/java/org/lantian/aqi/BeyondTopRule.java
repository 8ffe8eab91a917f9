package org.lantian.aqi;

import java.util.Locale;

/**
 * What a standard reports for a concentration above the top breakpoint of a column. Written in the
 * {@code beyond_top} cell of {@code standards.csv} as {@code column=rule;column=rule}, rule one of:
 * <ul>
 *   <li>{@code beyond} (default): the sub-index is "500+", the result is flagged beyond the table;</li>
 *   <li>{@code fixed:N}: the sub-index is N (2026: SO2 1h above 800 → 200, O3 8h above 800 → 300);</li>
 *   <li>{@code from:FIELD@COLUMN}: this sub-index is not computed; instead input FIELD is read against
 *       COLUMN and reported as that column's sub-index (2012: SO2 1h above 800 → 24-hour SO2;
 *       O3 8h above 800 → the 1-hour O3 sub-index). No sub-index if FIELD is missing; "500+" if FIELD
 *       is itself beyond COLUMN.</li>
 * </ul>
 */
sealed interface BeyondTopRule {

    BeyondTopRule BEYOND_TABLE = new BeyondTable();

    /**
     * Records in {@code sheet} what the standard reports for {@code key}, whose concentration is above
     * its column. Returns false when nothing can be reported.
     */
    boolean apply(AqiStandard standard, AqiInput input, SubIndex key, SubIndexSheet sheet);

    static BeyondTopRule parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("beyond")) {
            return BEYOND_TABLE;
        }
        if (s.startsWith("fixed:")) {
            int iaqi = Integer.parseInt(s.substring("fixed:".length()).trim());
            if (iaqi < 0) {
                throw new IllegalArgumentException("fixed IAQI must not be negative: " + spec);
            }
            return new Fixed(iaqi);
        }
        if (s.startsWith("from:") && s.indexOf('@') > 0) {
            String[] parts = s.substring("from:".length()).split("@", -1);
            return new FromOther(InputField.byField(parts[0]), Column.byHeader(parts[1]));
        }
        throw new IllegalArgumentException("unknown beyond-top rule '" + spec + "'");
    }

    record BeyondTable() implements BeyondTopRule {
        @Override
        public boolean apply(AqiStandard standard, AqiInput input, SubIndex key, SubIndexSheet sheet) {
            sheet.putBeyondTable(key, standard.maxIaqi());
            return true;
        }
    }

    record Fixed(int iaqi) implements BeyondTopRule {
        @Override
        public boolean apply(AqiStandard standard, AqiInput input, SubIndex key, SubIndexSheet sheet) {
            sheet.put(key, iaqi);
            return true;
        }
    }

    record FromOther(InputField field, Column column) implements BeyondTopRule {
        @Override
        public boolean apply(AqiStandard standard, AqiInput input, SubIndex key, SubIndexSheet sheet) {
            Double concentration = field.of(input);
            if (concentration == null) {
                return false; // the standard forbids using the original value and gives no other
            }
            int iaqi = standard.column(column).iaqi(concentration);
            if (iaqi == BreakpointColumn.BEYOND) {
                sheet.putBeyondTable(column.subIndex(), standard.maxIaqi()); // no chaining of rules
            } else {
                sheet.put(column.subIndex(), iaqi);
            }
            return true;
        }
    }
}
