package org.lantian.directive;

import java.time.OffsetDateTime;
import java.util.List;

import org.lantian.platform.Json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Row;

/**
 * An order as the API shows it: what was ordered (the fields of its Kafka message) and what has become of it
 * (acknowledged by the enterprise, confirmed by an officer on its behalf, escalated as overdue).
 *
 * @param measures the measures as published (empty for END)
 */
public record DirectiveView(String directiveId, String kind, String subject, int version, String warningId, String regionCode,
                            String level, String action, boolean mandatory, List<DirectiveMeasure> measures, OffsetDateTime effectiveFrom,
                            OffsetDateTime issuedAt, OffsetDateTime ackDeadline, OffsetDateTime ackedAt, String ackedBy,
                            OffsetDateTime escalatedAt, OffsetDateTime confirmedAt, String confirmedBy, String confirmReason) {

    static final String COLUMNS = """
            id, kind, subject, version, warning_id, region_code, level, action, mandatory, measures::text,
            effective_from, issued_at, ack_deadline, acked_at, acked_by, escalated_at, confirmed_at, confirmed_by, confirm_reason""";

    private static final TypeReference<List<DirectiveMeasure>> MEASURES = new TypeReference<>() { };

    static DirectiveView of(Row r, ObjectMapper mapper) {
        return new DirectiveView(r.getString("id"), r.getString("kind"), r.getString("subject"), r.getInteger("version"),
                r.getString("warning_id"), r.getString("region_code"), r.getString("level"), r.getString("action"),
                r.getBoolean("mandatory"), Json.read(mapper, r.getString("measures"), MEASURES), r.getOffsetDateTime("effective_from"),
                r.getOffsetDateTime("issued_at"), r.getOffsetDateTime("ack_deadline"), r.getOffsetDateTime("acked_at"),
                r.getString("acked_by"), r.getOffsetDateTime("escalated_at"), r.getOffsetDateTime("confirmed_at"),
                r.getString("confirmed_by"), r.getString("confirm_reason"));
    }
}
