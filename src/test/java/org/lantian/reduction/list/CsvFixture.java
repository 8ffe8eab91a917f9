package org.lantian.reduction.list;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** A CSV held as cells addressed the way a spreadsheet user sees them (header = row 1). */
final class CsvFixture {

    /** The documented example (tests run with the project directory as working directory). */
    static final Path EXAMPLE = Path.of("docs/reduction-list-example.csv");

    private final List<List<String>> rows = new ArrayList<>();

    private CsvFixture(String text) {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvFixture example() {
        try {
            return new CsvFixture(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String exampleText() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(int row, String column) {
        return rows.get(row - 1).get(rows.get(0).indexOf(column));
    }

    CsvFixture set(int row, String column, String value) {
        int index = rows.get(0).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        rows.get(row - 1).set(index, value);
        return this;
    }

    /** Empties the level and every measure column of a row. */
    CsvFixture clearMeasure(int row) {
        for (CsvColumn c : CsvColumn.values()) {
            if (!c.enterpriseField()) {
                set(row, c.header(), "");
            }
        }
        return this;
    }

    /** Appends a copy of a row (it becomes the last row). */
    CsvFixture copyRow(int row) {
        rows.add(new ArrayList<>(rows.get(row - 1)));
        return this;
    }

    CsvFixture removeColumn(String column) {
        int index = rows.get(0).indexOf(column);
        rows.forEach(r -> r.remove(index));
        return this;
    }

    int lastRow() {
        return rows.size();
    }

    String text() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    ImportResult importIt() {
        return ReductionListCsv.parse(text());
    }
}
