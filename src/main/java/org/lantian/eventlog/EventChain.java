package org.lantian.eventlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
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
        TreeMap<String, Object> c = new TreeMap<>();
        c.put("id", e.id());
        c.put("at", e.at().withOffsetSameInstant(ZoneOffset.UTC).format(MICROS));
        c.put("type", e.type());
        c.put("regionCode", e.regionCode());
        c.put("warningId", e.warningId());
        c.put("enterpriseId", e.enterpriseId());
        c.put("directiveId", e.directiveId());
        c.put("actor", e.actor());
        c.put("payload", e.payload());
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
