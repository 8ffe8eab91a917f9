package org.lantian.eventlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.lantian.platform.http.BadRequest;


import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.CurrentScope;

import io.smallrye.mutiny.Uni;

/** The event log for consultation meetings and audits. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventLog log;
    private final AnchorCheck anchors;
    private final Pool pool;
    private final CurrentScope scope;

    EventResource(EventLog log, AnchorCheck anchors, Pool pool, CurrentScope scope) {
        this.log = log;
        this.anchors = anchors;
        this.pool = pool;
        this.scope = scope;
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
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw new BadRequest("limit", "limit must be between 1 and 1000");
        }
        int size = limit == null ? 100 : limit;
        Tuple params = EventFilter.of(from, to, region, type, enterprise, warning, after, scope.get()).params().addInteger(size);
        return pool.preparedQuery("SELECT " + EventFilter.COLUMNS + " FROM event_log " + EventFilter.WHERE + " ORDER BY seq LIMIT $9")
                .execute(params)
                .map(rows -> {
                    List<Map<String, Object>> events = new ArrayList<>();
                    long last = 0;
                    for (Row r : rows) {
                        events.add(EventRows.event(r));
                        last = r.getLong("seq");
                    }
                    return new Page(events, events.size() == size ? last : null);
                });
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and compare the log with the anchors on Kafka (aq.eventlog.anchors.v1); "
            + "names the first event that does not match and the first anchor the log contradicts (cut short, or rewritten "
            + "with recomputed hashes). anchorCheck UNAVAILABLE: the anchors could not be read, intact speaks for the chain alone")
    public Uni<LogVerification> verify() {
        return Uni.combine().all().unis(log.verify(), anchors.check()).with(LogVerification::of);
    }
}
