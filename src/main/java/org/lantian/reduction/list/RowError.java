package org.lantian.reduction.list;

import java.util.Objects;

/**
 * One problem in a reduction-list CSV.
 *
 * @param row    the row as a spreadsheet shows it: the header is row 1, the first data row is row 2
 * @param column the column name from the layout (e.g. {@code grade}); {@code (row)} for a problem of the whole row
 *               (wrong number of values), {@code (file)} for a problem of the file (not UTF-8, broken quoting)
 * @param reason what is wrong, in English, quoting the offending value
 */
public record RowError(int row, String column, String reason) {

    /** Column name used for a problem of a whole row. */
    public static final String WHOLE_ROW = "(row)";
    /** Column name used for a problem of the whole file. */
    public static final String WHOLE_FILE = "(file)";

    public RowError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "row " + row + ", column " + column + ": " + reason;
    }
}
