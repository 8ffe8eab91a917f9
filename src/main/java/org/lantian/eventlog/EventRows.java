package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lantian.platform.Json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import io.vertx.mutiny.sqlclient.Row;

/** How rows read by the event-log queries are shown: one shape for the list, the export, the timeline and the brief. */
final class EventRows {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Region hourly AQI columns, selected as {@link #hour} reads them. */
    static final String HOUR_COLUMNS = "hour, aqi, content->>'level' AS level, content->>'category' AS category, "
            + "(content->'primaryPollutants')::text AS primary, revision";

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

    /** A region hour selected with {@link #HOUR_COLUMNS}. */
    static Map<String, Object> hour(Row r, ObjectMapper mapper) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("hour", local(r.getOffsetDateTime("hour")));
        h.put("aqi", r.getInteger("aqi"));
        h.put("level", r.getString("level") == null ? null : Integer.valueOf(r.getString("level")));
        h.put("category", r.getString("category"));
        h.put("primaryPollutants", Json.read(mapper, r.getString("primary")));
        h.put("revision", r.getInteger("revision"));
        return h;
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
