package org.lantian.eventlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The event log for consultation meetings and audits. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTATION, Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER, Roles.ADMIN})
public class EventResource {

    private final EventLog log;

    EventResource(EventLog log) {
        this.log = log;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain; names the first event that does not match")
    public Uni<EventLog.Verification> verify() {
        return log.verify();
    }
}
