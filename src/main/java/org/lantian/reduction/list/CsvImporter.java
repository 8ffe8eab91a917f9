package org.lantian.reduction.list;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Parses and validates the CSV text; see docs/reduction-list-csv.md for the rules. */
final class CsvImporter {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final double SUM_TOLERANCE = 1e-6;

    /** One data row, with the values that parsed (null when absent or invalid). */
    private static final class Row {
        final int number;
        final Map<CsvColumn, String> raw = new EnumMap<>(CsvColumn.class);
        /** Parsed enterprise fields, present only when valid (used for the agreement check and to build). */
        final Map<CsvColumn, Object> enterprise = new EnumMap<>(CsvColumn.class);
        boolean hasLevel;
        Level level;
        String line;
        String process;
        Action action;
        Double limitPercent;
        Double hours;
        final Map<Pollutant, Double> cuts = new EnumMap<>(Pollutant.class);
        Indicator indicator;
        String description;
        boolean measureValid = true;
        /** The optional columns the file has ({@link OptionalCsvColumn}): raw, and parsed when valid. */
        final Map<OptionalCsvColumn, String> optionalRaw = new EnumMap<>(OptionalCsvColumn.class);
        /** Parsed optional values, present only when valid (null for an empty permit limit). */
        final Map<OptionalCsvColumn, Object> optional = new EnumMap<>(OptionalCsvColumn.class);

        Row(int number) {
            this.number = number;
        }

        String raw(CsvColumn c) {
            return raw.getOrDefault(c, "");
        }
    }

    private final List<RowError> errors = new ArrayList<>();
    /** Index of each optional column the file has. */
    private final Map<OptionalCsvColumn, Integer> optionalIndex = new EnumMap<>(OptionalCsvColumn.class);

    private CsvImporter() {
    }

    static ImportResult importText(String text) {
        return new CsvImporter().run(text);
    }

    private void error(int row, String column, String reason) {
        errors.add(new RowError(row, column, reason));
    }

    private void error(Row row, CsvColumn column, String reason) {
        error(row.number, column.header(), reason);
    }

    private ImportResult run(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<CSVRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord rec : parser) {
                records.add(rec);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the record being read when parsing failed is the next spreadsheet row
            String reason = e.getCause() != null && e instanceof UncheckedIOException ? e.getCause().getMessage() : e.getMessage();
            error(records.size() + 1, RowError.WHOLE_FILE, "the file is not valid CSV (check the quotes): " + reason);
            return rejected();
        }
        if (records.isEmpty() || isBlank(records.get(0))) {
            error(1, RowError.WHOLE_FILE, "the header row is missing (expected: " + String.join(",", CsvColumn.headers()) + ")");
            return rejected();
        }
        Map<CsvColumn, Integer> index = header(records.get(0));
        if (!errors.isEmpty()) {
            return rejected();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            int number = i + 1;
            if (isBlank(rec)) {
                continue;
            }
            int columns = index.size() + optionalIndex.size();
            if (rec.size() != columns) {
                error(number, RowError.WHOLE_ROW, "has " + rec.size() + " values, the header has " + columns);
                continue;
            }
            Row row = new Row(number);
            index.forEach((col, idx) -> row.raw.put(col, rec.get(idx).strip()));
            optionalIndex.forEach((col, idx) -> row.optionalRaw.put(col, rec.get(idx).strip()));
            rows.add(row);
            parseEnterprise(row);
            parseMeasure(row);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            error(2, RowError.WHOLE_FILE, "the file has a header but no data rows");
        }
        Map<String, List<Row>> byEnterprise = new LinkedHashMap<>();
        for (Row r : rows) {
            String code = r.raw(CsvColumn.CREDIT_CODE);
            if (!code.isEmpty()) {
                byEnterprise.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
            }
        }
        byEnterprise.values().forEach(this::crossCheck);
        if (!errors.isEmpty()) {
            return rejected();
        }
        return new ImportResult.Imported(build(byEnterprise));
    }

    private ImportResult rejected() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row).thenComparingInt(e -> columnOrder(e.column())));
        return new ImportResult.Rejected(sorted);
    }

    private static int columnOrder(String column) {
        return OptionalCsvColumn.byHeader(column).map(OptionalCsvColumn::order)
                .orElseGet(() -> CsvColumn.byHeader(column).map(Enum::ordinal).orElse(-1));
    }

    private static boolean isBlank(CSVRecord rec) {
        for (String v : rec) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Map<CsvColumn, Integer> header(CSVRecord rec) {
        Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).strip().toLowerCase(Locale.ROOT);
            var col = CsvColumn.byHeader(name);
            var optional = OptionalCsvColumn.byHeader(name);
            if (optional.isPresent()) {
                if (optionalIndex.putIfAbsent(optional.get(), i) != null) {
                    error(1, name, "duplicate column");
                }
            } else if (col.isEmpty()) {
                error(1, name.isEmpty() ? "(column " + (i + 1) + ")" : name, "unknown column (expected: "
                        + String.join(",", CsvColumn.headers()) + "; optional: " + String.join(",", OptionalCsvColumn.headers()) + ")");
            } else if (index.containsKey(col.get())) {
                error(1, name, "duplicate column");
            } else {
                index.put(col.get(), i);
            }
        }
        for (CsvColumn c : CsvColumn.values()) {
            if (!index.containsKey(c) && errors.stream().noneMatch(e -> e.column().equals(c.header()))) {
                error(1, c.header(), "missing column");
            }
        }
        return index;
    }

    // ---------------------------------------------------------------- per-row checks

    private void parseEnterprise(Row r) {
        String code = required(r, CsvColumn.CREDIT_CODE);
        if (code != null) {
            if (!CreditCodes.isWellFormed(code)) {
                error(r, CsvColumn.CREDIT_CODE, "bad credit code '" + code
                        + "': expected 18 characters, 2 code characters, a 6-digit region code and 10 code characters (no I, O, S, V, Z)");
            } else {
                r.enterprise.put(CsvColumn.CREDIT_CODE, code);
            }
        }
        String name = required(r, CsvColumn.NAME);
        if (name != null) {
            r.enterprise.put(CsvColumn.NAME, name);
        }
        String county = required(r, CsvColumn.COUNTY_CODE);
        if (county != null) {
            if (!LinfenCounties.isCounty(county)) {
                error(r, CsvColumn.COUNTY_CODE, "unknown county '" + county + "' (expected one of the 17 Linfen county codes: "
                        + String.join(", ", LinfenCounties.codes()) + ")");
            } else {
                r.enterprise.put(CsvColumn.COUNTY_CODE, county);
                String c = (String) r.enterprise.get(CsvColumn.CREDIT_CODE);
                if (c != null && !CreditCodes.regionPart(c).equals(county)
                        && !CreditCodes.regionPart(c).equals(LinfenCounties.CITY_CODE)) {
                    error(r, CsvColumn.CREDIT_CODE, "bad credit code '" + c + "': characters 3–8 are '"
                            + CreditCodes.regionPart(c) + "', expected the county code " + county + " (or the city code 141000)");
                    r.enterprise.remove(CsvColumn.CREDIT_CODE);
                }
            }
        }
        String industry = required(r, CsvColumn.INDUSTRY);
        if (industry != null) {
            Industry.parse(industry).ifPresentOrElse(i -> r.enterprise.put(CsvColumn.INDUSTRY, i),
                    () -> error(r, CsvColumn.INDUSTRY, "unknown industry '" + industry + "' (allowed: "
                            + java.util.Arrays.stream(Industry.values()).map(Industry::code).collect(Collectors.joining(", ")) + ")"));
        }
        String grade = required(r, CsvColumn.GRADE);
        if (grade != null) {
            Grade.parse(grade).ifPresentOrElse(g -> r.enterprise.put(CsvColumn.GRADE, g),
                    () -> error(r, CsvColumn.GRADE, "unknown grade '" + grade + "' (allowed: " + names(Grade.values()) + ")"));
        }
        putNumber(r, CsvColumn.BASELINE_AMOUNT, true);
        String unit = required(r, CsvColumn.BASELINE_UNIT);
        if (unit != null) {
            r.enterprise.put(CsvColumn.BASELINE_UNIT, unit);
        }
        for (Pollutant p : Pollutant.values()) {
            putNumber(r, CsvColumn.emission(p), true);
        }
        String lines = required(r, CsvColumn.PRODUCTION_LINES);
        if (lines != null) {
            List<String> names = java.util.Arrays.stream(lines.split(";", -1)).map(String::strip).toList();
            if (names.stream().anyMatch(String::isEmpty)) {
                error(r, CsvColumn.PRODUCTION_LINES, "empty line name in '" + lines + "' (names are separated by ';')");
            } else if (names.stream().distinct().count() != names.size()) {
                error(r, CsvColumn.PRODUCTION_LINES, "repeated line name in '" + lines + "'");
            } else {
                r.enterprise.put(CsvColumn.PRODUCTION_LINES, names);
            }
        }
        for (CsvColumn c : List.of(CsvColumn.BASIC_NEEDS, CsvColumn.STAGGERED, CsvColumn.SYNTHETIC)) {
            String v = r.raw(c).toLowerCase(Locale.ROOT);
            switch (v) {
                case "", "false" -> r.enterprise.put(c, Boolean.FALSE);
                case "true" -> r.enterprise.put(c, Boolean.TRUE);
                default -> error(r, c, "not a boolean: '" + r.raw(c) + "' (expected true, false or empty for false)");
            }
        }
        for (Map.Entry<OptionalCsvColumn, String> e : r.optionalRaw.entrySet()) {
            parseOptional(r, e.getKey(), e.getValue());
        }
    }

    /** Parses one optional column's value into {@link Row#optional}, or reports why it is not valid. */
    private void parseOptional(Row r, OptionalCsvColumn c, String raw) {
        switch (c) {
            case CONFIDENTIAL -> parseConfidential(r, raw);
            case PERMIT_SO2, PERMIT_NOX, PERMIT_PM -> {
                if (raw.isEmpty()) {
                    r.optional.put(c, null);
                    return;
                }
                Double v = decimal(r.number, c.header(), raw);
                if (v == null) {
                    return;
                }
                if (!Permit.inRange(v)) {
                    error(r.number, c.header(), "permitted concentration out of range: '" + raw + "' (must be > 0 and ≤ "
                            + CsvFormatting.number(Permit.MAX_MG_M3) + " mg/m³; empty when the permit gives none)");
                    return;
                }
                r.optional.put(c, v);
            }
            case DENITRATION -> {
                if (raw.isEmpty()) {
                    r.optional.put(c, Denitration.NONE);
                    return;
                }
                try {
                    r.optional.put(c, Denitration.valueOf(raw.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    error(r.number, c.header(), "unknown denitration '" + raw + "' (allowed: " + names(Denitration.values())
                            + ", or empty for NONE)");
                }
            }
        }
    }

    /** Field names separated by ';' (empty: nothing withheld), each one of {@link Enterprise#CONFIDENTIAL_FIELDS}. */
    private void parseConfidential(Row r, String raw) {
        if (raw.isEmpty()) {
            r.optional.put(OptionalCsvColumn.CONFIDENTIAL, List.of());
            return;
        }
        List<String> names = java.util.Arrays.stream(raw.split(";", -1)).map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = names.stream().filter(n -> !Enterprise.CONFIDENTIAL_FIELDS.contains(n)).toList();
        if (!unknown.isEmpty()) {
            error(r.number, OptionalCsvColumn.CONFIDENTIAL.header(), "cannot withhold " + unknown
                    + " from the public list (allowed, separated by ';': "
                    + String.join(", ", new java.util.TreeSet<>(Enterprise.CONFIDENTIAL_FIELDS)) + ")");
            return;
        }
        r.optional.put(OptionalCsvColumn.CONFIDENTIAL, names.stream().distinct().sorted().toList());
    }

    private void parseMeasure(Row r) {
        String levelText = r.raw(CsvColumn.LEVEL);
        if (levelText.isEmpty()) {
            for (CsvColumn c : CsvColumn.values()) {
                if (!c.enterpriseField() && c != CsvColumn.LEVEL && !r.raw(c).isEmpty()) {
                    error(r, c, "must be empty when level is empty (a row without level only lists an enterprise without measures)");
                }
            }
            return;
        }
        r.hasLevel = true;
        try {
            r.level = Level.valueOf(levelText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(r, CsvColumn.LEVEL, "unknown level '" + levelText + "' (allowed: YELLOW, ORANGE, RED, or empty for an enterprise without measures)");
            r.measureValid = false;
        }
        String actionText = required(r, CsvColumn.ACTION);
        if (actionText != null) {
            Action.parse(actionText).ifPresentOrElse(a -> r.action = a, () -> {
                error(r, CsvColumn.ACTION, "unknown action '" + actionText + "' (allowed: " + names(Action.values()) + ")");
                r.measureValid = false;
            });
        } else {
            r.measureValid = false;
        }
        r.line = emptyToNull(r.raw(CsvColumn.LINE));
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) r.enterprise.get(CsvColumn.PRODUCTION_LINES);
        if (r.line != null && lines != null && !lines.contains(r.line)) {
            error(r, CsvColumn.LINE, "line '" + r.line + "' is not one of the enterprise's production_lines " + lines);
            r.measureValid = false;
        }
        r.process = emptyToNull(r.raw(CsvColumn.PROCESS));
        r.description = emptyToNull(r.raw(CsvColumn.DESCRIPTION));

        String limit = r.raw(CsvColumn.LIMIT_PERCENT);
        if (r.action == Action.LIMIT_PERCENT) {
            Double v = number(r, CsvColumn.LIMIT_PERCENT, true);
            if (v != null && !(v > 0 && v < 100)) {
                error(r, CsvColumn.LIMIT_PERCENT, "LIMIT_PERCENT needs 0 < limit_percent < 100 (production allowed, % of baseline), was " + limit);
                v = null;
            }
            r.limitPercent = v;
            r.measureValid &= v != null;
        } else if (!limit.isEmpty() && r.action != null) {
            error(r, CsvColumn.LIMIT_PERCENT, "must be empty unless action is LIMIT_PERCENT (action is " + r.action + ")");
            r.measureValid = false;
        }
        String hours = r.raw(CsvColumn.HOURS);
        if (r.action == Action.EXTEND_COKING_TIME) {
            Double v = number(r, CsvColumn.HOURS, true);
            if (v != null && v <= 0) {
                error(r, CsvColumn.HOURS, "EXTEND_COKING_TIME needs hours > 0, was " + hours);
                v = null;
            }
            r.hours = v;
            r.measureValid &= v != null;
            Object industry = r.enterprise.get(CsvColumn.INDUSTRY);
            if (industry != null && industry != Industry.COKING) {
                error(r, CsvColumn.ACTION, "EXTEND_COKING_TIME only applies to coking enterprises (industry is "
                        + ((Industry) industry).code() + ")");
                r.measureValid = false;
            }
        } else if (!hours.isEmpty() && r.action != null) {
            error(r, CsvColumn.HOURS, "must be empty unless action is EXTEND_COKING_TIME (action is " + r.action + ")");
            r.measureValid = false;
        }
        for (Pollutant p : Pollutant.values()) {
            CsvColumn col = CsvColumn.cut(p);
            Double cut = r.raw(col).isEmpty() ? Double.valueOf(0.0) : number(r, col, false);
            if (cut == null) {
                r.measureValid = false;
                continue;
            }
            Double annual = (Double) r.enterprise.get(CsvColumn.emission(p));
            if (annual != null && cut > annual) {
                error(r, col, "expected cut " + r.raw(col) + " t/yr is larger than the enterprise's annual " + label(p)
                        + " emission " + r.raw(CsvColumn.emission(p)) + " t/yr");
                r.measureValid = false;
                continue;
            }
            r.cuts.put(p, cut);
        }
        String indicator = r.raw(CsvColumn.INDICATOR);
        if (indicator.isEmpty()) {
            if (r.action != null && r.action != Action.VOLUNTARY) {
                error(r, CsvColumn.INDICATOR, "required for action " + r.action + " (allowed: " + names(Indicator.values()) + ")");
                r.measureValid = false;
            }
        } else {
            Indicator.parse(indicator).ifPresentOrElse(i -> r.indicator = i, () -> {
                error(r, CsvColumn.INDICATOR, "unknown indicator '" + indicator + "' (allowed: " + names(Indicator.values()) + ")");
                r.measureValid = false;
            });
        }
    }

    // ---------------------------------------------------------------- checks across rows

    private void crossCheck(List<Row> rows) {
        Map<CsvColumn, Row> reference = new EnumMap<>(CsvColumn.class);
        for (Row r : rows) {
            for (Map.Entry<CsvColumn, Object> e : r.enterprise.entrySet()) {
                Row ref = reference.get(e.getKey());
                if (ref == null) {
                    reference.put(e.getKey(), r);
                } else if (!Objects.equals(ref.enterprise.get(e.getKey()), e.getValue())) {
                    error(r, e.getKey(), disagreement(r.raw(e.getKey()), ref.raw(e.getKey()), ref));
                }
            }
        }
        Map<OptionalCsvColumn, Row> optionalReference = new EnumMap<>(OptionalCsvColumn.class);
        for (Row r : rows) {
            for (Map.Entry<OptionalCsvColumn, Object> e : r.optional.entrySet()) {
                Row ref = optionalReference.putIfAbsent(e.getKey(), r);
                if (ref != null && !Objects.equals(ref.optional.get(e.getKey()), e.getValue())) {
                    error(r.number, e.getKey().header(),
                            disagreement(r.optionalRaw.get(e.getKey()), ref.optionalRaw.get(e.getKey()), ref));
                }
            }
        }
        List<Row> measureRows = rows.stream().filter(r -> r.hasLevel).toList();
        if (!measureRows.isEmpty()) {
            String measureRowNumbers = measureRows.stream().map(r -> String.valueOf(r.number)).collect(Collectors.joining(", "));
            for (Row r : rows) {
                if (!r.hasLevel) {
                    error(r, CsvColumn.LEVEL, "empty level is only for an enterprise without measures, but this enterprise has measure rows ("
                            + measureRowNumbers + ")");
                }
            }
        } else if (rows.size() > 1) {
            for (Row r : rows.subList(1, rows.size())) {
                error(r, CsvColumn.LEVEL, "duplicate of row " + rows.get(0).number + " (an enterprise without measures has exactly one row)");
            }
        }
        Map<List<Object>, Row> seen = new HashMap<>();
        for (Row r : measureRows) {
            if (r.level == null || r.action == null) {
                continue;
            }
            List<Object> key = java.util.Arrays.asList(r.level, r.line, r.action);
            Row first = seen.putIfAbsent(key, r);
            if (first != null) {
                error(r, CsvColumn.ACTION, "duplicate of row " + first.number + ": same enterprise, level " + r.level
                        + ", line " + (r.line == null ? "(whole enterprise)" : "'" + r.line + "'") + " and action " + r.action);
                r.measureValid = false;
            }
        }
        for (Level level : Level.values()) {
            List<Row> atLevel = measureRows.stream().filter(r -> r.level == level).toList();
            if (atLevel.isEmpty() || !atLevel.stream().allMatch(r -> r.measureValid)) {
                continue;
            }
            for (Pollutant p : Pollutant.values()) {
                Row emissionRow = reference.get(CsvColumn.emission(p));
                if (emissionRow == null) {
                    continue;
                }
                double annual = (Double) emissionRow.enterprise.get(CsvColumn.emission(p));
                double sum = atLevel.stream().mapToDouble(r -> r.cuts.get(p)).sum();
                if (sum > annual + SUM_TOLERANCE) {
                    Row last = atLevel.get(atLevel.size() - 1);
                    error(last, CsvColumn.cut(p), "the expected " + label(p) + " cuts at " + level + " (rows "
                            + atLevel.stream().map(r -> String.valueOf(r.number)).collect(Collectors.joining(", "))
                            + ") add up to " + CsvFormatting.number(sum) + " t/yr, more than the enterprise's annual emission "
                            + CsvFormatting.number(annual) + " t/yr");
                }
            }
        }
    }

    private static String disagreement(String value, String reference, Row referenceRow) {
        return "'" + value + "' disagrees with '" + reference + "' in row " + referenceRow.number
                + " for the same enterprise (enterprise fields must be the same on all its rows)";
    }

    // ---------------------------------------------------------------- building the list

    @SuppressWarnings("unchecked")
    private static ReductionList build(Map<String, List<Row>> byEnterprise) {
        List<EnterprisePlan> plans = new ArrayList<>();
        for (List<Row> rows : byEnterprise.values()) {
            Map<CsvColumn, Object> f = rows.get(0).enterprise;
            Map<OptionalCsvColumn, Object> o = rows.get(0).optional;
            Enterprise e = new Enterprise(
                    (String) f.get(CsvColumn.CREDIT_CODE),
                    (String) f.get(CsvColumn.NAME),
                    (String) f.get(CsvColumn.COUNTY_CODE),
                    (Industry) f.get(CsvColumn.INDUSTRY),
                    (Grade) f.get(CsvColumn.GRADE),
                    new BaselineProduction((Double) f.get(CsvColumn.BASELINE_AMOUNT), (String) f.get(CsvColumn.BASELINE_UNIT)),
                    new Emissions((Double) f.get(CsvColumn.EMISSION_SO2), (Double) f.get(CsvColumn.EMISSION_NOX),
                            (Double) f.get(CsvColumn.EMISSION_PM), (Double) f.get(CsvColumn.EMISSION_VOCS)),
                    (List<String>) f.get(CsvColumn.PRODUCTION_LINES),
                    (Boolean) f.get(CsvColumn.BASIC_NEEDS),
                    (Boolean) f.get(CsvColumn.STAGGERED),
                    (Boolean) f.get(CsvColumn.SYNTHETIC),
                    (List<String>) o.get(OptionalCsvColumn.CONFIDENTIAL),
                    new Permit((Double) o.get(OptionalCsvColumn.PERMIT_SO2), (Double) o.get(OptionalCsvColumn.PERMIT_NOX),
                            (Double) o.get(OptionalCsvColumn.PERMIT_PM), (Denitration) o.get(OptionalCsvColumn.DENITRATION)));
            List<Measure> measures = rows.stream().filter(r -> r.hasLevel)
                    .map(r -> new Measure(r.level, r.line, r.process, r.action, r.limitPercent, r.hours,
                            Emissions.of(r.cuts), r.indicator, r.description))
                    .toList();
            plans.add(new EnterprisePlan(e, measures));
        }
        return new ReductionList(plans);
    }

    // ---------------------------------------------------------------- helpers

    private String required(Row r, CsvColumn c) {
        String v = r.raw(c);
        if (v.isEmpty()) {
            error(r, c, "required value is empty");
            return null;
        }
        return v;
    }

    private void putNumber(Row r, CsvColumn c, boolean required) {
        Double v = number(r, c, required);
        if (v != null) {
            r.enterprise.put(c, v);
        }
    }

    /** A finite decimal ≥ 0; null (with an error) when empty-but-required, non-numeric or negative. */
    private Double number(Row r, CsvColumn c, boolean required) {
        String v = r.raw(c);
        if (v.isEmpty()) {
            if (required) {
                error(r, c, "required value is empty");
            }
            return null;
        }
        Double d = decimal(r.number, c.header(), v);
        if (d == null) {
            return null;
        }
        if (d < 0) {
            error(r, c, "negative number: '" + v + "' (must be ≥ 0)");
            return null;
        }
        return d + 0.0;
    }

    /** A finite decimal (any sign) from a non-empty value; null (with an error) when non-numeric or not finite. */
    private Double decimal(int row, String column, String v) {
        if (!DECIMAL.matcher(v).matches()) {
            error(row, column, "not a number: '" + v + "' (use a decimal point, no units or thousands separators)");
            return null;
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            error(row, column, "number out of range: '" + v + "'");
            return null;
        }
        return d + 0.0;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String label(Pollutant p) {
        return switch (p) {
            case SO2 -> "SO2";
            case NOX -> "NOx";
            case PM -> "PM";
            case VOCS -> "VOCs";
        };
    }

    private static String names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
