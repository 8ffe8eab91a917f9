package org.lantian.warning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lantian.eventlog.EventType;
import org.lantian.platform.outbox.OutboxMessage;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A message on {@value #TOPIC}, keyed by region. {@code eventId} is deterministic
 * (the same warning version, proposal or effective-level version always gives the
 * same id), so a re-published event can be recognised. {@code reasons} are, by type, the rule set's {@code Reason}s
 * (PROPOSED), the officer's words (ISSUED, ADJUSTED, LIFTED, SUPERSEDED) or what set an effective level
 * (EFFECTIVE_LEVEL_CHANGED): the contract's "strings or structured objects".
 */
public record WarningEvent(String eventId, String warningId, EventType type, String regionCode, WarningLevel level,
                           WarningLevel previousLevel, OffsetDateTime effectiveFrom, String ruleSet, List<?> reasons,
                           String actor, OffsetDateTime at, Map<String, Object> extra) {

    public static final String TOPIC = "aq.warning.events.v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public OutboxMessage toOutbox(ObjectMapper mapper) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", eventId);
        json.put("warningId", warningId);
        json.put("type", type.name());
        json.put("regionCode", regionCode);
        json.put("level", level.name());
        json.put("previousLevel", previousLevel == null ? null : previousLevel.name());
        json.put("effectiveFrom", format(effectiveFrom));
        json.put("ruleSet", ruleSet);
        json.put("reasons", reasons == null ? List.of() : reasons);
        json.put("actor", actor);
        json.put("at", format(at));
        json.putAll(extra);
        try {
            return new OutboxMessage(TOPIC, regionCode, eventId, mapper.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.ofHours(8)).withNano(0).format(TIME);
    }
}
