package org.lantian.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each capability owns its tables (docs/architecture.md, Tables): its SQL names no table of another capability,
 * which it asks through that capability's query API instead. Read from the sources: every table named after
 * FROM, JOIN, INTO, UPDATE or TABLE in a capability's code, against the owner list below.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("region", "monitoring"), Map.entry("station", "monitoring"), Map.entry("reading", "monitoring"),
            Map.entry("reading_correction", "monitoring"), Map.entry("forecast", "monitoring"),
            Map.entry("enterprise_telemetry", "monitoring"), Map.entry("station_watermark", "monitoring"),
            Map.entry("region_hour_aqi", "monitoring"), Map.entry("region_day_aqi", "monitoring"),
            Map.entry("enterprise", "reduction"), Map.entry("reduction_list_version", "reduction"),
            Map.entry("warning", "warning"), Map.entry("warning_action", "warning"), Map.entry("warning_proposal", "warning"),
            Map.entry("regional_floor", "warning"), Map.entry("effective_level", "warning"),
            Map.entry("directive", "directive"), Map.entry("directive_subject", "directive"),
            Map.entry("event_log", "eventlog"), Map.entry("rejected_input_hour", "eventlog"),
            Map.entry("compliance_hour", "compliance"), Map.entry("compliance_finding", "compliance"),
            Map.entry("outbox", "platform"));

    /** Every top-level package; those owning no table (aqi: data files; consultation: reads through the others' query APIs) too. */
    static final Set<String> CAPABILITIES = Set.of("platform", "monitoring", "aqi", "reduction", "warning", "directive", "eventlog",
            "compliance", "consultation", "bulletin", "console", "demo");

    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_]+)\\b");
    private static final Path SOURCES = Path.of("src/main/java/org/lantian");

    @Test
    void everyTableInTheMigrationsHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("CREATE TABLE ([a-z_]+)").matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1));
                }
            }
        }
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void everyPackageIsACapabilityOnTheList() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(CAPABILITIES);
        }
        assertThat(CAPABILITIES).containsAll(OWNER.values());
    }

    @Test
    void noCapabilitysSqlNamesAnotherCapabilitysTable() throws IOException {
        Set<String> crossings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String capability = SOURCES.relativize(f).getName(0).toString();
                String file = capability + "/" + f.getFileName();
                Matcher m = TABLE.matcher(read(f));
                while (m.find()) {
                    String owner = OWNER.get(m.group(1));
                    if (owner != null && !owner.equals(capability)) {
                        crossings.add(file + " -> " + m.group(1));
                    }
                }
            }
        }
        assertThat(crossings).as("SQL naming another capability's table").isEmpty();
    }

    private static String read(Path f) {
        try {
            // comments name tables in prose ("the warning table"): only code counts
            return Files.readAllLines(f).stream().filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
