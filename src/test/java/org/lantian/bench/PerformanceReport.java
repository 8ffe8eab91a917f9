package org.lantian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one run: printed as {@code BENCH name: value unit (ratio x.xx of ceiling)} when measured, and written
 * to docs/performance.md and docs/performance.json (the same content, keyed {@code run}, {@code ceilings}, {@code P1}…).
 */
final class PerformanceReport {

    /** One measured value; the ceiling it is compared with (same run), or none. */
    record Figure(String section, String key, String label, double value, String unit, String ceiling, Double ceilingValue,
                  String note) {
        Double ratio() {
            return ceilingValue == null || ceilingValue == 0 ? null : value / ceilingValue;
        }
    }

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> ceilings = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    void run(String key, Object value) {
        run.put(key, value);
    }

    /** A ceiling: printed, and kept by key for the figures compared with it. */
    Figure ceiling(String key, String label, double value, String unit, String note) {
        Figure f = add(new Figure("ceilings", key, label, value, unit, null, null, note));
        ceilings.put(key, label);
        return f;
    }

    Figure figure(String section, String key, String label, double value, String unit, Figure ceiling, String note) {
        return add(new Figure(section, key, label, value, unit, ceiling == null ? null : ceiling.key(),
                ceiling == null ? null : ceiling.value(), note));
    }

    /** A remark printed under a section of the document (what limits a figure, how it was measured). */
    void note(String section, String text) {
        notes.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
    }

    private Figure add(Figure f) {
        figures.add(f);
        System.out.println("BENCH " + f.key() + ": " + number(f.value()) + " " + f.unit()
                + (f.ratio() == null ? "" : String.format(Locale.ROOT, " (ratio %.3f of %s)", f.ratio(), f.ceiling())));
        return f;
    }

    void write(Path docs) throws Exception {
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("performance.json"), json());
        Files.writeString(docs.resolve("performance.md"), markdown());
    }

    String json() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        for (String s : sections()) {
            root.put(s, new LinkedHashMap<String, Object>());
        }
        for (Figure f : figures) {
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) root.computeIfAbsent(f.section(), s -> new LinkedHashMap<>());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", f.label());
            entry.put("value", f.value());
            entry.put("unit", f.unit());
            if (f.ceiling() != null) {
                entry.put("ceiling", f.ceiling());
                entry.put("ceilingValue", f.ceilingValue());
                entry.put("ratio", f.ratio());
            }
            if (f.note() != null) {
                entry.put("note", f.note());
            }
            // under its section without the section's prefix: ceilings.copy → "ceilings": {"copy": …}
            section.put(f.key().substring(f.key().indexOf('.') + 1), entry);
        }
        root.put("notes", notes);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        if (Boolean.TRUE.equals(run.get("smallValidationRun"))) {
            md.append("> **Small validation run** — the sizes below are far smaller than the full benchmark's defaults; these figures only\n"
                    + "> show that the harness works and are not the performance of the system. Replace with a full run.\n\n");
        }
        md.append("Produced by one run of `./mvnw -Pbench verify` (sources in `src/test/java/org/lantian/bench/`): one JVM starts a real\n"
                + "Kafka broker and PostgreSQL, measures the ceilings, then the figures, each with its ratio to a ceiling measured in the\n"
                + "same run. Sizes: `-Dbench.readings` (default 2000000), `-Dbench.stations` (default 2000), `-Dbench.trials`\n"
                + "(default 200), e.g. `./mvnw -o -Pbench verify -Dbench.readings=20000 -Dbench.stations=200 -Dbench.trials=20`.\n\n");
        md.append("## Run\n\n| | |\n|---|---|\n");
        run.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        for (String section : sections()) {
            md.append("\n## ").append(title(section)).append("\n\n| figure | value | ceiling (same run) | ratio |\n|---|---|---|---|\n");
            for (Figure f : figures) {
                if (!f.section().equals(section)) {
                    continue;
                }
                md.append("| ").append(f.label()).append(" (`").append(f.key()).append("`) | ").append(number(f.value())).append(' ')
                        .append(f.unit()).append(" | ")
                        .append(f.ceiling() == null ? "—" : ceilings.get(f.ceiling()) + ": " + number(f.ceilingValue()))
                        .append(" | ").append(f.ratio() == null ? "—" : String.format(Locale.ROOT, "%.3f", f.ratio())).append(" |\n");
            }
            for (Figure f : figures) {
                if (f.section().equals(section) && f.note() != null) {
                    md.append("\n- `").append(f.key()).append("`: ").append(f.note());
                }
            }
            notes.getOrDefault(section, List.of()).forEach(n -> md.append("\n- ").append(n));
            md.append('\n');
        }
        md.append(analysis());
        return md.toString();
    }

    /**
     * Where the time goes and what limits each goal: written by people from a profiled run, kept beside the sources
     * (src/test/resources/bench/analysis.md) and carried into every generated document.
     */
    private static String analysis() {
        try (java.io.InputStream in = PerformanceReport.class.getResourceAsStream("/bench/analysis.md")) {
            return in == null ? "" : "\n" + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> sections() {
        List<String> order = new ArrayList<>(List.of("ceilings", "P1", "P2", "P3", "P4", "P5"));
        figures.forEach(f -> {
            if (!order.contains(f.section())) {
                order.add(f.section());
            }
        });
        notes.keySet().forEach(s -> {
            if (!order.contains(s)) {
                order.add(s);
            }
        });
        order.removeIf(s -> figures.stream().noneMatch(f -> f.section().equals(s)) && !notes.containsKey(s));
        return order;
    }

    private static String title(String section) {
        return switch (section) {
            case "ceilings" -> "Ceilings";
            case "P1" -> "P1 ingest";
            case "P3" -> "P3 reaction";
            case "P5" -> "P5 footprint";
            default -> section;
        };
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
