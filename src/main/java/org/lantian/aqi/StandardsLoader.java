package org.lantian.aqi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the standards index and its breakpoint tables from the classpath. Plain CSV: a header row,
 * comma-separated cells without quoting, blank lines ignored. Any inconsistency fails loudly with the
 * resource and line: a wrong AQI table must never load quietly.
 */
final class StandardsLoader {

    private StandardsLoader() {
    }

    /** @param indexResource absolute classpath resource, e.g. "/aqi/standards.csv"; tables are next to it */
    static List<AqiStandard> load(String indexResource) {
        String dir = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        List<AqiStandard> standards = new ArrayList<>();
        for (Row row : read(indexResource)) {
            try {
                standards.add(standard(row, dir));
            } catch (RuntimeException e) {
                throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
            }
        }
        return standards;
    }

    private static AqiStandard standard(Row row, String dir) {
        String id = row.required("id");
        return new AqiStandard(id,
                date(row.optional("effective_from")),
                date(row.optional("effective_to")),
                table(dir + row.required("file")),
                beyondTopRules(row.optional("beyond_top")),
                Boolean.parseBoolean(row.required("daily_o3_1h")),
                Integer.parseInt(row.required("primary_above")),
                integer(row.optional("exceeding_above")),
                integer(row.optional("missing_publish_above")));
    }

    private static Map<Column, BreakpointColumn> table(String resource) {
        List<Row> rows = read(resource);
        Map<Column, List<BigDecimal>> breakpoints = new EnumMap<>(Column.class);
        Map<Column, List<Integer>> iaqi = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            breakpoints.put(column, new ArrayList<>());
            iaqi.put(column, new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            try {
                int rowIaqi = Integer.parseInt(row.required("iaqi"));
                for (Column column : Column.values()) {
                    String cell = row.optional(column.header());
                    List<BigDecimal> points = breakpoints.get(column);
                    if (cell == null) {
                        continue;
                    }
                    if (points.size() != r) { // "–" cells may only end a column
                        throw new IllegalArgumentException(column.header() + " has a value after an empty cell");
                    }
                    points.add(new BigDecimal(cell));
                    iaqi.get(column).add(rowIaqi);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
            }
        }
        Map<Column, BreakpointColumn> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            try {
                columns.put(column, new BreakpointColumn(column, breakpoints.get(column), iaqi.get(column)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
        return columns;
    }

    private static Map<Column, BeyondTopRule> beyondTopRules(String cell) {
        Map<Column, BeyondTopRule> rules = new EnumMap<>(Column.class);
        if (cell == null) {
            return rules;
        }
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("beyond_top entry '" + entry + "' is not column=rule");
            }
            Column column = Column.byHeader(entry.substring(0, eq));
            if (rules.put(column, BeyondTopRule.parse(entry.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("beyond_top names " + column.header() + " twice");
            }
        }
        return rules;
    }

    private static LocalDate date(String cell) {
        return cell == null ? null : LocalDate.parse(cell);
    }

    private static Integer integer(String cell) {
        return cell == null ? null : Integer.valueOf(cell);
    }

    private static List<Row> read(String resource) {
        InputStream in = StandardsLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("AQI data resource not found: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(resource + ":" + number + ": " + cells.size()
                            + " cells, header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i).toLowerCase(Locale.ROOT), cells.get(i));
                }
                rows.add(new Row(resource, number, values));
            }
            if (header == null) {
                throw new IllegalStateException(resource + ": empty");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private record Row(String resource, int line, Map<String, String> cells) {

        String where() {
            return resource + ":" + line;
        }

        String required(String name) {
            String value = optional(name);
            if (value == null) {
                throw new IllegalArgumentException("'" + name + "' is required");
            }
            return value;
        }

        /** Null for an empty cell; the column itself must exist. */
        String optional(String name) {
            if (!cells.containsKey(name)) {
                throw new IllegalArgumentException("no column '" + name + "'");
            }
            String value = cells.get(name);
            return value.isEmpty() ? null : value;
        }
    }
}
