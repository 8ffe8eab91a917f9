package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.vertx.mutiny.sqlclient.Row;

/**
 * One event of the log as the API shows it: the list ({@code /api/events}), the JSON export, the episode timeline.
 *
 * @param at      when it happened, in Asia/Shanghai
 * @param payload the event's details as stored (a JSON object; its fields depend on the type), written out as they are
 * @param hash    the event's link in the hash chain
 */
public record EventView(long seq, String id, OffsetDateTime at, String type, String regionCode, String warningId,
                        String enterpriseId, String directiveId, String actor,
                        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "the event's details as stored; fields depend on the type")
                        String payload,
                        String hash) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The columns {@link #of(Row)} reads, in order. */
    static final String COLUMNS = "seq, id, at, type, region_code, warning_id, enterprise_id, directive_id, actor, payload::text, hash";

    /** A row selected with {@link #COLUMNS}; the payload stays text (no re-parsing). */
    static EventView of(Row r) {
        return new EventView(r.getLong(0), r.getString(1), local(r.getOffsetDateTime(2)), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10));
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
