package org.lantian.warning.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the rule sets listed in an {@code index.json} and checks them as a whole.
 *
 * <p>Index format: {@code {"formatVersion": 1, "ruleSets": [{"id", "file", "default"}]}}.
 * Sets marked {@code "default": true} form the date chain {@link RuleSets#defaultFor} picks
 * from, so their effective dates must not overlap (and at least one must exist). Other sets
 * (a city's own criteria) may overlap anything: they apply only when asked for by id.
 */
public final class RuleSetLoader {

    /** Where the bundled rule sets live on the classpath. */
    public static final String BUNDLED = "warning/rulesets/";

    private static final int FORMAT_VERSION = 1;
    private static final Set<String> ENTRY_KEYS = Set.of("id", "file", "default");

    /** Reads a named document; empty when it does not exist. */
    @FunctionalInterface
    interface Source {
        Optional<String> read(String name) throws IOException;
    }

    private RuleSetLoader() {
    }

    public static RuleSets fromClasspath(String base) {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        return load("classpath:" + base, name -> {
            try (InputStream in = loader.getResourceAsStream(base + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
    }

    public static RuleSets fromDirectory(Path dir) {
        return load(dir.toString(), name -> {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        });
    }

    static RuleSets load(String where, Source source) {
        String indexName = "index.json";
        JsonNode index = parseIndex(read(source, indexName, where), indexName);
        List<RuleSet> sets = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode entries = index.get("ruleSets");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = indexName + ": ruleSets[" + i + "]";
            checkEntry(entry, at);
            String id = entry.get("id").asText();
            String file = entry.get("file").asText();
            if (!ids.add(id)) {
                throw new RuleSetException(at + ": duplicate rule set id '" + id + "'");
            }
            RuleSet set = RuleSetParser.parse(read(source, file, where), file);
            if (!set.id().equals(id)) {
                throw new RuleSetException(file + ": id '" + set.id() + "' does not match the index entry '" + id + "'");
            }
            sets.add(set);
            if (entry.path("default").asBoolean(false)) {
                defaults.add(id);
            }
        }
        if (defaults.isEmpty()) {
            throw new RuleSetException(indexName + ": no rule set is marked \"default\": true, so no date has a default");
        }
        checkNoOverlap(sets, defaults);
        return new RuleSets(sets, defaults);
    }

    private static JsonNode parseIndex(String json, String name) {
        JsonNode index;
        try {
            index = RuleSetParser.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!index.isObject() || index.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new RuleSetException(name + ": formatVersion must be " + FORMAT_VERSION + ", got " + index.get("formatVersion"));
        }
        JsonNode entries = index.get("ruleSets");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new RuleSetException(name + ": ruleSets must be a non-empty array of {id, file, default}");
        }
        return index;
    }

    private static void checkEntry(JsonNode entry, String at) {
        if (!entry.isObject() || !entry.path("id").isTextual() || !entry.path("file").isTextual()) {
            throw new RuleSetException(at + ": must be {\"id\": ..., \"file\": ..., \"default\": true|false}");
        }
        entry.fieldNames().forEachRemaining(f -> {
            if (!ENTRY_KEYS.contains(f)) {
                throw new RuleSetException(at + ": unknown field '" + f + "' (allowed: default, file, id)");
            }
        });
        if (entry.has("default") && !entry.get("default").isBoolean()) {
            throw new RuleSetException(at + ".default: must be true or false");
        }
    }

    private static void checkNoOverlap(List<RuleSet> sets, List<String> defaults) {
        List<RuleSet> chain = sets.stream().filter(s -> defaults.contains(s.id())).toList();
        for (int i = 0; i < chain.size(); i++) {
            for (int j = i + 1; j < chain.size(); j++) {
                RuleSet a = chain.get(i);
                RuleSet b = chain.get(j);
                if (a.overlaps(b)) {
                    throw new RuleSetException("default rule sets " + a.id() + " (" + a.effectiveRange() + ") and "
                            + b.id() + " (" + b.effectiveRange() + ") have overlapping effective dates;"
                            + " a date must have one default");
                }
            }
        }
    }

    private static String read(Source source, String name, String where) {
        try {
            return source.read(name)
                    .orElseThrow(() -> new RuleSetException(name + ": not found in " + where));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from " + where, e);
        }
    }
}
