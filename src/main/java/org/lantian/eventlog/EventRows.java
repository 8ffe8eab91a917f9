package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.util.RawValue;

import io.vertx.mutiny.sqlclient.Row;

/** How rows read by the event-log queries are shown: one shape for the list, the export, the timeline and the brief. */
final class EventRows {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private EventRows() {
    }

    /** An event row selected with {@link EventFilter#COLUMNS}; the payload goes out as stored (no re-parsing). */
    static Map<String, Object> event(Row r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("seq", r.getLong(0));
        e.put("id", r.getString(1));
        e.put("at", at(r));
        e.put("type", r.getString(3));
        e.put("regionCode", r.getString(4));
        e.put("warningId", r.getString(5));
        e.put("enterpriseId", r.getString(6));
        e.put("directiveId", r.getString(7));
        e.put("actor", r.getString(8));
        e.put("payload", new RawValue(r.getString(9)));
        e.put("hash", r.getString(10));
        return e;
    }

    static OffsetDateTime at(Row r) {
        return local(r.getOffsetDateTime(2));
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
