package org.lantian.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A setting naming where a value sits in a token: claim names with {@code /} between them, e.g.
 * {@code realm_access/roles} (Keycloak's realm roles), {@code groups}, {@code county}.
 */
record ClaimPath(String setting, List<String> names) {

    static ClaimPath of(String setting, String path) {
        List<String> names = Arrays.stream(path.split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(setting + " names no claim");
        }
        return new ClaimPath(setting, names);
    }

    /**
     * The text values there: a string (several separated by spaces or commas, as some providers send roles), or an
     * array of strings; empty when the claim is absent. Anything else (an object, a number) is no value.
     */
    List<String> values(JsonNode claims) {
        JsonNode node = claims;
        for (String name : names) {
            node = node == null || !node.isObject() ? null : node.get(name);
        }
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            split(node.asText(), values);
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    split(n.asText(), values);
                }
            });
        }
        return values;
    }

    private static void split(String text, List<String> into) {
        for (String part : text.split("[\\s,]+")) {
            if (!part.isEmpty()) {
                into.add(part);
            }
        }
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }
}
