package org.lantian.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event types are {@link EventType}; what the docs list must be exactly those — no type missing from a list,
 * none listed that the code does not have — and the warning topic's types (README, JSON Schema) exactly those
 * marked {@link EventType#onWarningTopic()}.
 */
class EventTypesDocumentedTest {

    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z_]+)`");

    static Set<String> enumNames() {
        return Arrays.stream(EventType.values()).map(EventType::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> warningTopicNames() {
        return Arrays.stream(EventType.values()).filter(EventType::onWarningTopic).map(EventType::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void theReadmesEventTableListsEveryTypeAndNoOther() throws IOException {
        List<String> section = section(Files.readAllLines(Path.of("README.md")), "## Event log");
        assertThat(firstColumnTypes(section)).containsExactlyInAnyOrderElementsOf(enumNames());
    }

    @Test
    void theArchitecturesEventTableListsEveryTypeAndNoOther() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/architecture.md"));
        int start = indexOf(lines, l -> l.startsWith("| type | written by"));
        List<String> table = lines.subList(start, indexOf(lines.subList(start, lines.size()), String::isBlank) + start);
        assertThat(firstColumnTypes(table)).containsExactlyInAnyOrderElementsOf(enumNames());
    }

    @Test
    void theWarningTopicCarriesExactlyTheWarningTypes() throws IOException {
        String row = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `aq.warning.events.v1` |"))
                .findFirst().orElseThrow();
        String what = row.split("\\|")[4].trim();
        assertThat(Arrays.stream(what.split(",")).map(String::trim).toList())
                .containsExactlyInAnyOrderElementsOf(warningTopicNames());

        JsonNode schema = new ObjectMapper().readTree(Path.of("kafka/schemas/warning-event.schema.json").toFile());
        Set<String> schemaTypes = new LinkedHashSet<>();
        schema.path("properties").path("type").path("enum").forEach(n -> schemaTypes.add(n.asText()));
        assertThat(schemaTypes).containsExactlyInAnyOrderElementsOf(warningTopicNames());
    }

    @Test
    void aStoredOrRequestedNameIsTheConstantsNameExactly() {
        for (EventType t : EventType.values()) {
            assertThat(EventType.named(t.name())).contains(t);
        }
        assertThat(EventType.named("issued")).isEmpty();
        assertThat(EventType.named("WARNING_ISSUED")).isEmpty();
        assertThat(EventType.named(null)).isEmpty();
    }

    /** The types named in the first column of a Markdown table's rows (a cell may name several). */
    private static Set<String> firstColumnTypes(List<String> lines) {
        Set<String> types = new LinkedHashSet<>();
        for (String line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            Matcher m = CODE.matcher(line.split("\\|")[1]);
            while (m.find()) {
                types.add(m.group(1));
            }
        }
        return types;
    }

    /** The lines under a level-2 heading, up to the next one. */
    private static List<String> section(List<String> lines, String heading) {
        int start = indexOf(lines, l -> l.equals(heading));
        int end = indexOf(lines.subList(start + 1, lines.size()), l -> l.startsWith("## "));
        return lines.subList(start, end < 0 ? lines.size() : start + 1 + end);
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
