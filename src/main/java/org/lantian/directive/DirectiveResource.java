package org.lantian.directive;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.http.TextInput;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.Scope;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Orders within the caller's scope (docs/security.md): an enterprise sees and acknowledges its own, a county officer
 * those of the county, the city all.
 */
@Path("/api/directives")
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveResource {

    private final Pool pool;
    private final DirectiveAcks acks;
    private final CurrentScope scope;
    private final ObjectMapper mapper;

    DirectiveResource(Pool pool, DirectiveAcks acks, CurrentScope scope, ObjectMapper mapper) {
        this.pool = pool;
        this.acks = acks;
        this.scope = scope;
        this.mapper = mapper;
    }

    static final List<String> STATUSES = List.of("PENDING", "ACKNOWLEDGED", "CONFIRMED", "OVERDUE");

    @GET
    @Operation(summary = "Orders, newest first; filters: regionCode, warningId, kind, "
            + "status (PENDING, ACKNOWLEDGED, CONFIRMED by an officer only, OVERDUE)")
    public Uni<List<DirectiveView>> list(@QueryParam("regionCode") String region, @QueryParam("warningId") String warning,
                                               @QueryParam("kind") String kind, @QueryParam("status") String status,
                                               @QueryParam("limit") Integer limit) {
        Scope within = scope.get();
        String own = within.confinedEnterprise();
        String state = status == null ? null : status.toUpperCase();
        if (state != null && !STATUSES.contains(state)) {
            throw new BadRequest("status", "status must be one of " + String.join(", ", STATUSES));
        }
        String regionCode = within.region(TextInput.line("regionCode", region, TextInput.ID_MAX));
        if (kind != null && !DirectiveRow.KINDS.contains(kind.toUpperCase())) {
            throw new BadRequest("kind", "kind must be one of " + String.join(", ", DirectiveRow.KINDS));
        }
        return pool.preparedQuery("""
                        SELECT %s
                          FROM directive
                         WHERE ($1::text IS NULL OR (subject = $1 AND kind = ANY($7))) AND ($2::text IS NULL OR region_code = $2)
                           AND ($3::text IS NULL OR warning_id = $3) AND ($4::text IS NULL OR kind = $4)
                           AND ($5::text IS NULL OR ($5 = 'ACKNOWLEDGED' AND acked_at IS NOT NULL)
                                OR ($5 = 'PENDING' AND acked_at IS NULL AND confirmed_at IS NULL)
                                OR ($5 = 'CONFIRMED' AND acked_at IS NULL AND confirmed_at IS NOT NULL)
                                OR ($5 = 'OVERDUE' AND escalated_at IS NOT NULL AND acked_at IS NULL AND confirmed_at IS NULL))
                         ORDER BY issued_at DESC, id LIMIT $6
                        """.formatted(DirectiveView.COLUMNS))
                .execute(Tuple.tuple().addString(own).addString(regionCode).addString(warning)
                        .addString(kind == null ? null : kind.toUpperCase()).addString(state)
                        .addInteger(limit == null ? 1000 : Math.min(limit, 10000))
                        .addArrayOfString(DirectiveRow.ENTERPRISE_KINDS.toArray(String[]::new)))
                .map(rows -> {
                    List<DirectiveView> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(DirectiveView.of(r, mapper));
                    }
                    return list;
                });
    }

    @POST
    @Path("/{id}/ack")
    @Operation(summary = "Acknowledge an order: an enterprise its own; an officer confirms an enterprise's order on its "
            + "behalf ({reason} required, recorded as confirmedBy) or acknowledges a regional one; repeating it changes nothing")
    public Uni<DirectiveAcks.Acked> ack(@PathParam("id") String id, AckRequest body) {
        String reason = body == null ? null : TextInput.text("reason", body.reason(), TextInput.TEXT_MAX);
        return acks.ack(TextInput.line("id", id, TextInput.ID_MAX), scope.get(), reason);
    }

    /** The body of an acknowledgement: empty for an enterprise; an officer confirming for one says why. */
    public record AckRequest(String reason) {
    }
}
