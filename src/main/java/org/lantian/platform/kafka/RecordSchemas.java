package org.lantian.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.lantian.platform.failure.RecordRejected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema of every catalog topic, from {@code kafka/schemas/}; the one copy validation uses. */
@Singleton
public class RecordSchemas {

    private final Map<String, JsonSchema> byTopic = new HashMap<>();
    private final ObjectMapper mapper;

    RecordSchemas(TopicCatalog catalog, ObjectMapper mapper) {
        this.mapper = mapper;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (TopicCatalog.Topic topic : catalog.topics()) {
            if (topic.schema() != null && !topic.schema().isBlank()) {
                byTopic.put(topic.name(), load(factory, config, "kafka/schemas/" + topic.schema()));
            }
        }
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " not found on the classpath");
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the raw bytes and validates them against the topic's schema, or says precisely why not. */
    public JsonNode parse(String topic, byte[] value) {
        if (value == null || value.length == 0) {
            throw new RecordRejected("invalid-json", "", "empty record value");
        }
        JsonNode node;
        try {
            node = mapper.readTree(value);
        } catch (IOException e) {
            throw new RecordRejected("invalid-json", "", "not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new RecordRejected("invalid-json", "", "empty record value");
        }
        JsonSchema schema = byTopic.get(topic);
        if (schema == null) {
            throw new IllegalStateException("no schema for topic " + topic);
        }
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.stream()
                    .min((a, b) -> a.getInstanceLocation().toString().compareTo(b.getInstanceLocation().toString()))
                    .orElseThrow();
            throw new RecordRejected("schema-violation", fieldOf(first), first.getMessage());
        }
        return node;
    }

    static String fieldOf(ValidationMessage message) {
        String field = dotted(message.getInstanceLocation().toString());
        if (message.getProperty() != null && "required".equals(message.getType())) {
            field = field.isEmpty() ? message.getProperty() : field + "." + message.getProperty();
        }
        return field;
    }

    /** "/periods/0/aqi" or "$.periods[0].aqi" → "periods[0].aqi", the form the semantic checks use too. */
    static String dotted(String location) {
        if (location.startsWith("$")) {
            return location.startsWith("$.") ? location.substring(2) : location.substring(1);
        }
        StringBuilder field = new StringBuilder();
        for (String segment : location.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                field.append('[').append(segment).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
