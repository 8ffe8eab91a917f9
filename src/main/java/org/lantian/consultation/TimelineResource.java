package org.lantian.consultation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.mutiny.Uni;

/** The episode timeline of a warning, for consultation meetings and reviews. */
@Path("/api/warnings/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final EpisodeTimeline timeline;

    TimelineResource(EpisodeTimeline timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "Everything about one warning episode, from the first proposal to the lift: events in order, "
            + "the region's hourly AQI, and the orders it caused with acknowledgement counts")
    public Uni<EpisodeTimeline.TimelineView> get(@PathParam("id") String id) {
        return timeline.of(id);
    }
}
