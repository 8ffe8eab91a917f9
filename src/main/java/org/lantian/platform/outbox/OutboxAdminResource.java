package org.lantian.platform.outbox;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.kafka.TopicLimits;

import org.lantian.platform.security.CurrentScope;
import io.smallrye.mutiny.Uni;

/** Outbox messages that could not be published: list, re-queue (after fixing the cause) or discard. For admins. */
@Path("/api/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    private final OutboxParking parking;
    private final OutboxRelay relay;
    private final TopicLimits limits;
    private final CurrentScope scope;

    OutboxAdminResource(OutboxParking parking, OutboxRelay relay, TopicLimits limits, CurrentScope scope) {
        this.parking = parking;
        this.relay = relay;
        this.limits = limits;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "Parked messages, oldest first, with the reason and how many messages of the same key wait behind each")
    public Uni<List<ParkedMessage>> parked() {
        return parking.list();
    }

    @POST
    @Path("/{id}/requeue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Try a parked message again (after raising the topic's limit, creating the topic, …): {reason}; 404 if not parked")
    public Uni<ParkingDecision> requeue(@PathParam("id") long id, ParkingReason body) {
        String reason = reason(body);
        return parking.requeue(id, reason, actor()).map(d -> found(d, id)).invoke(d -> {
            limits.refresh(); // a raised max.message.bytes or a new topic must be seen by the next round
            relay.wake();
        });
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Never send a parked message; later messages with its key go on: {reason}; 404 if not parked")
    public Uni<ParkingDecision> discard(@PathParam("id") long id, ParkingReason body) {
        String reason = reason(body);
        return parking.discard(id, reason, actor()).map(d -> found(d, id)).invoke(d -> relay.wake());
    }

    private String actor() {
        return scope.get().actor();
    }

    private static String reason(ParkingReason body) {
        String reason = body == null ? null : body.reason();
        if (reason == null || reason.isBlank()) {
            throw new BadRequest("reason", "reason is required");
        }
        if (reason.length() > ParkingReason.MAX_LENGTH) {
            throw new BadRequest("reason", "reason must be at most " + ParkingReason.MAX_LENGTH + " characters");
        }
        return reason;
    }

    private static ParkingDecision found(Optional<ParkingDecision> decision, long id) {
        return decision.orElseThrow(() -> new NotFoundException("no parked outbox message " + id));
    }
}
