package org.lantian.eventlog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.CurrentScope;

import io.smallrye.mutiny.Uni;

/** The event log for consultation meetings and audits. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final LogVerifier verifier;
    private final EventQueries events;
    private final CurrentScope scope;

    EventResource(LogVerifier verifier, EventQueries events, CurrentScope scope) {
        this.verifier = verifier;
        this.events = events;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "Events in log order, filtered by time range, region, type, enterprise and warning; "
            + "keyset pagination: pass the answer's next as after")
    public Uni<EventQueries.Page> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("regionCode") String region, @QueryParam("type") String type,
                                       @QueryParam("enterpriseId") String enterprise, @QueryParam("warningId") String warning,
                                       @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        return events.page(from, to, region, type, enterprise, warning, after, limit, scope.get());
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and compare the log with the anchors on Kafka (aq.eventlog.anchors.v1); "
            + "names the first event that does not match and the first anchor the log contradicts (cut short, or rewritten "
            + "with recomputed hashes). anchorCheck UNAVAILABLE: the anchors could not be read, intact speaks for the chain alone")
    public Uni<LogVerification> verify() {
        return verifier.verify();
    }
}
