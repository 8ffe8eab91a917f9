package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.util.Map;

/** One significant event: what, when, where, about which subjects, who, and its details. */
public record LogEvent(String id, OffsetDateTime at, EventType type, String regionCode, String warningId, String enterpriseId,
                       String directiveId, String actor, Map<String, Object> payload) {
}
