package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.lantian.platform.http.BadRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The event log for consultation meetings and audits. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTATION, Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER, Roles.ADMIN})
public class EventResource {

    private static final String FILTER = """
             WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at < $2)
               AND ($3::text IS NULL OR region_code = $3) AND ($4::text IS NULL OR type = $4)
               AND ($5::text IS NULL OR enterprise_id = $5) AND ($6::text IS NULL OR warning_id = $6)
               AND seq > $7
            """;

    private final EventLog log;
    private final Pool pool;
    private final ObjectMapper mapper;

    EventResource(EventLog log, Pool pool, ObjectMapper mapper) {
        this.log = log;
        this.pool = pool;
        this.mapper = mapper;
    }

    /** One page of events in log order; {@code next} is the keyset to ask for the following page (stable under appends). */
    public record Page(List<Map<String, Object>> events, Long next) {
    }

    @GET
    @Operation(summary = "Events in log order, filtered by time range, region, type, enterprise and warning; "
            + "keyset pagination: pass the answer's next as after")
    public Uni<Page> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("regionCode") String region,
                          @QueryParam("type") String type, @QueryParam("enterpriseId") String enterprise,
                          @QueryParam("warningId") String warning, @QueryParam("after") Long after,
                          @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        Tuple params = Tuple.tuple().addOffsetDateTime(time("from", from)).addOffsetDateTime(time("to", to))
                .addString(region).addString(type).addString(enterprise).addString(warning)
                .addLong(after == null ? 0L : after).addInteger(size);
        return pool.preparedQuery("SELECT seq, id, at, type, region_code, warning_id, enterprise_id, directive_id, actor, "
                        + "payload::text, hash FROM event_log " + FILTER + " ORDER BY seq LIMIT $8")
                .execute(params)
                .map(rows -> {
                    List<Map<String, Object>> events = new ArrayList<>();
                    long last = 0;
                    for (Row r : rows) {
                        events.add(view(r));
                        last = r.getLong("seq");
                    }
                    return new Page(events, events.size() == size ? last : null);
                });
    }

    private Map<String, Object> view(Row r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("seq", r.getLong("seq"));
        e.put("id", r.getString("id"));
        e.put("at", r.getOffsetDateTime("at"));
        e.put("type", r.getString("type"));
        e.put("regionCode", r.getString("region_code"));
        e.put("warningId", r.getString("warning_id"));
        e.put("enterpriseId", r.getString("enterprise_id"));
        e.put("directiveId", r.getString("directive_id"));
        e.put("actor", r.getString("actor"));
        try {
            e.put("payload", mapper.readTree(r.getString("payload")));
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
        e.put("hash", r.getString("hash"));
        return e;
    }

    private static OffsetDateTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field, field + " must be an ISO-8601 time with offset");
        }
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain; names the first event that does not match")
    public Uni<EventLog.Verification> verify() {
        return log.verify();
    }
}
