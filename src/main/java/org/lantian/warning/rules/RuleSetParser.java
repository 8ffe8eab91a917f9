package org.lantian.warning.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one rule-set JSON document and refuses anything doubtful with a message naming the
 * origin and the field path, e.g. {@code national-2019.json: levels[1].condition.anyOf[0].forHours:
 * must be a positive number of hours, got -24}. Unknown keys are refused too: a misspelt
 * "forHour" must not silently become a different rule.
 *
 * <p>Format: {@code {id, name, source?, description?, effectiveFrom, effectiveTo?, levels: [
 * {level, condition, mandatoryCauses, description?}]}}; a condition is exactly one of
 * {@code {"anyOf": [...]}}, {@code {"allOf": [...]}}, {@code {"aqiAbove": N, "forHours": H}},
 * {@code {"aqiReaches": N}}.
 */
public final class RuleSetParser {

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> SET_KEYS =
            Set.of("id", "name", "source", "description", "effectiveFrom", "effectiveTo", "levels");
    private static final Set<String> LEVEL_KEYS = Set.of("level", "condition", "mandatoryCauses", "description");
    private static final Set<String> CONDITION_KINDS = Set.of("anyOf", "allOf", "aqiAbove", "aqiReaches");
    private static final int MAX_AQI = 500;

    private final String origin;

    private RuleSetParser(String origin) {
        this.origin = origin;
    }

    /** Parses {@code json}; {@code origin} (usually the file name) prefixes every error message. */
    public static RuleSet parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(origin + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        return new RuleSetParser(origin).ruleSet(root);
    }

    private RuleSet ruleSet(JsonNode root) {
        requireObject(root, "(root)", SET_KEYS);
        String id = text(root, "id", "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw fail("id", "must be lower-case letters, digits and dashes, got '" + id + "'");
        }
        LocalDate from = date(root.get("effectiveFrom"), "effectiveFrom");
        LocalDate to = isAbsent(root.get("effectiveTo")) ? null : date(root.get("effectiveTo"), "effectiveTo");
        if (to != null && to.isBefore(from)) {
            throw fail("effectiveTo", to + " is before effectiveFrom " + from);
        }
        JsonNode levels = root.get("levels");
        if (levels == null || !levels.isArray() || levels.isEmpty()) {
            throw fail("levels", "must be a non-empty array, highest level first");
        }
        List<LevelRule> rules = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelRule rule = level(levels.get(i), "levels[" + i + "]");
            if (!rules.isEmpty() && !rules.get(rules.size() - 1).level().isHigherThan(rule.level())) {
                throw fail("levels[" + i + "].level", "levels must be listed highest first, each once; "
                        + rule.level() + " follows " + rules.get(rules.size() - 1).level());
            }
            rules.add(rule);
        }
        String source = isAbsent(root.get("source")) ? null : text(root, "source", "source");
        return new RuleSet(id, text(root, "name", "name"), source, from, to, rules);
    }

    private LevelRule level(JsonNode node, String path) {
        requireObject(node, path, LEVEL_KEYS);
        String name = text(node, "level", path + ".level");
        WarningLevel level;
        try {
            level = WarningLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            level = null;
        }
        if (level == null || level == WarningLevel.NONE) {
            throw fail(path + ".level", "unknown level '" + name + "' (expected one of BLUE, YELLOW, ORANGE, RED)");
        }
        Condition condition = condition(node.get("condition"), path + ".condition");
        return new LevelRule(level, condition, causes(node.get("mandatoryCauses"), path + ".mandatoryCauses"));
    }

    private Condition condition(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be an object with one of " + String.join(", ", sorted(CONDITION_KINDS)));
        }
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (CONDITION_KINDS.contains(f)) {
                kinds.add(f);
            }
        });
        if (kinds.size() != 1) {
            throw fail(path, "must have exactly one of " + String.join(", ", sorted(CONDITION_KINDS)) + ", found " + kinds);
        }
        String kind = kinds.get(0);
        return switch (kind) {
            case "anyOf", "allOf" -> branch(node, kind, path);
            case "aqiAbove" -> above(node, path);
            default -> reaches(node, path);
        };
    }

    private Condition branch(JsonNode node, String kind, String path) {
        requireObject(node, path, Set.of(kind));
        JsonNode children = node.get(kind);
        if (!children.isArray() || children.isEmpty()) {
            throw fail(path + "." + kind, "must be a non-empty array of conditions");
        }
        List<Condition> parsed = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            parsed.add(condition(children.get(i), path + "." + kind + "[" + i + "]"));
        }
        return kind.equals("anyOf") ? new Condition.AnyOf(parsed) : new Condition.AllOf(parsed);
    }

    private Condition above(JsonNode node, String path) {
        requireObject(node, path, Set.of("aqiAbove", "forHours"));
        int aqi = aqi(node.get("aqiAbove"), path + ".aqiAbove", 0);
        JsonNode hours = node.get("forHours");
        if (hours == null || !hours.isNumber() || !(hours.asDouble() > 0)) {
            throw fail(path + ".forHours", "must be a positive number of hours, got " + (hours == null ? "nothing" : hours));
        }
        return new Condition.AqiAbove(aqi, hours.asDouble());
    }

    private Condition reaches(JsonNode node, String path) {
        requireObject(node, path, Set.of("aqiReaches"));
        return new Condition.AqiReaches(aqi(node.get("aqiReaches"), path + ".aqiReaches", 1));
    }

    private int aqi(JsonNode node, String path, int min) {
        if (node == null || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > MAX_AQI) {
            throw fail(path, "must be a whole AQI from " + min + " to " + MAX_AQI + ", got " + node);
        }
        return node.asInt();
    }

    private List<String> causes(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw fail(path, "must be an array of pollutant codes (e.g. [\"PM2.5\"], [] for advisory only, [\"*\"] for all)");
        }
        List<String> causes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            if (!c.isTextual() || c.asText().isBlank()) {
                throw fail(path + "[" + i + "]", "must be a pollutant code, got " + c);
            }
            causes.add(c.asText());
        }
        return causes;
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw fail(path, "unknown field '" + field + "' (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
        }
    }

    private String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw fail(path, "must be a non-empty string");
        }
        return node.asText();
    }

    private LocalDate date(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw fail(path, "must be a date like 2019-07-01");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw fail(path, "must be a date like 2019-07-01, got '" + node.asText() + "'");
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static List<String> sorted(Set<String> names) {
        String[] a = names.toArray(String[]::new);
        Arrays.sort(a);
        return List.of(a);
    }

    private RuleSetException fail(String path, String problem) {
        return new RuleSetException(origin + ": " + path + ": " + problem);
    }
}
