package org.lantian.directive;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lantian.eventlog.EventChain;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Event-log entries of the directive capability. One DIRECTIVE_ISSUED per order
 * (not one per batch): an enterprise's history, acknowledgements and escalations
 * then hang off the order itself. The measures are in the directive table; the
 * event pins them with a SHA-256 so the log stays small even for 100,000 orders.
 */
final class DirectiveEvents {

    static final String SYSTEM = "system";

    private DirectiveEvents() {
    }

    /** From the message published for the order (the same fields, measures replaced by their digest), logged {@code now}. */
    static LogEvent issued(java.time.OffsetDateTime now, Map<String, Object> message, ObjectMapper mapper) {
        Map<String, Object> payload = new LinkedHashMap<>(message);
        Object measures = payload.remove("measures");
        payload.put("measureCount", measures instanceof java.util.List<?> l ? l.size() : 0);
        payload.put("measuresSha256", EventChain.sha256(Json.write(mapper, measures)));
        String id = (String) message.get("directiveId");
        String enterprise = (String) message.get("enterpriseId");
        return EventLog.event(now, "directive:" + id, EventType.DIRECTIVE_ISSUED, (String) message.get("regionCode"),
                (String) message.get("warningId"), enterprise, id, SYSTEM, payload);
    }

    /**
     * @param now the business clock's time it is logged at
     * @param claimed the time the acknowledgement claimed, when it was moved into the order's life; else null
     */
    static LogEvent acknowledged(java.time.OffsetDateTime now, String directiveId, String enterpriseId, String region, String warningId, String by,
                                 java.time.OffsetDateTime at, java.time.OffsetDateTime claimed, String via) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ackedAt", at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (claimed != null) {
            payload.put("claimedAckedAt", claimed.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            payload.put("clamped", true);
        }
        payload.put("ackedBy", by);
        payload.put("via", via);
        return EventLog.event(now, "ack:" + directiveId, EventType.DIRECTIVE_ACKNOWLEDGED, region, warningId, enterpriseId, directiveId,
                by, payload);
    }

    static LogEvent overdue(java.time.OffsetDateTime now, String directiveId, String kind, String subject, String region, String warningId,
                            java.time.OffsetDateTime deadline) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("subject", subject);
        payload.put("ackDeadline", deadline.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return EventLog.event(now, "overdue:" + directiveId, EventType.DIRECTIVE_OVERDUE, region, warningId,
                DirectiveRow.addressedToEnterprise(kind) ? subject : null, directiveId, SYSTEM, payload);
    }
}
