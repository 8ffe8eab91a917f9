package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.lantian.platform.http.BadRequest;
import org.lantian.platform.security.Scope;

import io.vertx.mutiny.sqlclient.Tuple;

/** The filters of the event queries and the export: time range [from, to), region, type, enterprise, warning, after seq. */
record EventFilter(OffsetDateTime from, OffsetDateTime to, String region, String type, String enterprise, String warning,
                   long after, String enterpriseCounty) {

    /**
     * $1..$8; the caller's own parameters follow. $8 confines enterprise-level events to one county (a county officer's
     * scope): events about no enterprise stay city-wide.
     */
    static final String WHERE = """
             WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at < $2)
               AND ($3::text IS NULL OR region_code = $3) AND ($4::text IS NULL OR type = $4)
               AND ($5::text IS NULL OR enterprise_id = $5) AND ($6::text IS NULL OR warning_id = $6)
               AND seq > $7 AND ($8::text IS NULL OR enterprise_id IS NULL OR region_code = $8)
            """;

    static EventFilter of(String from, String to, String region, String type, String enterprise, String warning, Long after,
                          Scope scope) {
        OffsetDateTime f = time("from", from);
        OffsetDateTime t = time("to", to);
        if (f != null && t != null && !t.isAfter(f)) {
            throw new BadRequest("to", "to must be after from");
        }
        if (after != null && after < 0) {
            throw new BadRequest("after", "after must be a sequence number (0 or more)");
        }
        return new EventFilter(f, t, blank(region), type(type), blank(enterprise), blank(warning), after == null ? 0 : after,
                scope.confinedCounty());
    }

    Tuple params() {
        return Tuple.tuple().addOffsetDateTime(from).addOffsetDateTime(to).addString(region).addString(type)
                .addString(enterprise).addString(warning).addLong(after).addString(enterpriseCounty);
    }

    /** One of {@link EventType} (its name, as stored), or none; anything else is refused rather than matching nothing. */
    private static String type(String text) {
        String name = blank(text);
        if (name == null) {
            return null;
        }
        return EventType.named(name).map(EventType::name).orElseThrow(() -> new BadRequest("type",
                "type must be one of the event types: " + java.util.Arrays.toString(EventType.values())));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static OffsetDateTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field, field + " must be an ISO-8601 time with offset, e.g. 2026-11-28T08:00:00+08:00");
        }
    }
}
