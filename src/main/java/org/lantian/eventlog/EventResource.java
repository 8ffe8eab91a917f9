package org.lantian.eventlog;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.lantian.platform.http.BadRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.CurrentScope;

import io.smallrye.mutiny.Uni;

/** The event log for consultation meetings and audits. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventLog log;
    private final AnchorCheck anchors;
    private final EventQueries events;
    private final CurrentScope scope;

    EventResource(EventLog log, AnchorCheck anchors, EventQueries events, CurrentScope scope) {
        this.log = log;
        this.anchors = anchors;
        this.events = events;
        this.scope = scope;
    }

    /** One page of events in log order; {@code next} is the keyset to ask for the following page (stable under appends). */
    public record Page(List<EventView> events, Long next) {
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
        EventFilter filter = EventFilter.of(from, to, region, type, enterprise, warning, after, scope.get());
        return events.page(filter, size)
                .map(list -> new Page(list, list.size() == size ? list.get(list.size() - 1).seq() : null));
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
