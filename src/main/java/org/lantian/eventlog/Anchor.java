package org.lantian.eventlog;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event log's head as published on {@link #TOPIC}: the event at {@code seq} had {@code hash} when the anchor
 * was taken {@code at}. Outside the database, it is what a rewrite of the log cannot take back.
 */
public record Anchor(long seq, String hash, OffsetDateTime at) {

    public static final String TOPIC = "aq.eventlog.anchors.v1";
    public static final String KEY = "eventlog";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    /** Deterministic: a retried anchoring transaction cannot publish one head twice. */
    public String messageId() {
        return "eventlog-anchor:" + seq;
    }

    public String eventId() {
        return "anchor:" + seq;
    }

    /** The message, as the schema {@code kafka/schemas/eventlog-anchor.schema.json} says. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", seq);
        json.put("hash", hash);
        json.put("at", at.format(TIME));
        return json;
    }

    /** An anchor read back from the topic; IllegalArgumentException for a record that is not one. */
    public static Anchor parse(ObjectMapper mapper, byte[] value) {
        try {
            JsonNode node = mapper.readTree(value);
            if (node == null || !node.path("seq").canConvertToExactIntegral() || !node.path("hash").isTextual()
                    || !node.path("at").isTextual() || !node.path("hash").asText().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not an anchor (seq, hash and at required)");
            }
            return new Anchor(node.get("seq").asLong(), node.get("hash").asText(), OffsetDateTime.parse(node.get("at").asText()));
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException("not an anchor: " + e.getMessage(), e);
        }
    }
}
