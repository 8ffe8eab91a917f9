package org.lantian.eventlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The chain's arithmetic: an event's canonical content (JSON, keys sorted, time
 * in UTC to the microsecond — what PostgreSQL keeps) and its hash,
 * SHA-256(previous hash + content).
 */
public final class EventChain {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private EventChain() {
    }

    public static String content(LogEvent e) {
        return content(e.id(), e.at(), e.type().name(), e.regionCode(), e.warningId(), e.enterpriseId(), e.directiveId(),
                e.actor(), e.payload());
    }

    /** The content of a stored row, its type as the text stored (what verify recomputes, whatever the text). */
    public static String content(String id, OffsetDateTime at, String type, String regionCode, String warningId,
                                 String enterpriseId, String directiveId, String actor, Map<String, Object> payload) {
        TreeMap<String, Object> c = new TreeMap<>();
        c.put("id", id);
        c.put("at", at.withOffsetSameInstant(ZoneOffset.UTC).format(MICROS));
        c.put("type", type);
        c.put("regionCode", regionCode);
        c.put("warningId", warningId);
        c.put("enterpriseId", enterpriseId);
        c.put("directiveId", directiveId);
        c.put("actor", actor);
        c.put("payload", payload);
        return Json.write(CANONICAL, c);
    }

    public static String sha256(String text) {
        return hash("", text);
    }

    public static String hash(String previous, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
