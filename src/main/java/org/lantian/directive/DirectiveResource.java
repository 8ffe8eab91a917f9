package org.lantian.directive;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.security.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Orders: an enterprise sees and acknowledges its own; officers see all. */
@Path("/api/directives")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENTERPRISE, Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER, Roles.CONSULTATION, Roles.ADMIN})
public class DirectiveResource {

    private final Pool pool;
    private final DirectiveAcks acks;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    DirectiveResource(Pool pool, DirectiveAcks acks, SecurityIdentity identity, ObjectMapper mapper) {
        this.pool = pool;
        this.acks = acks;
        this.identity = identity;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Orders, newest first; filters: regionCode, warningId, kind, status (PENDING, ACKNOWLEDGED, OVERDUE)")
    public Uni<List<Map<String, Object>>> list(@QueryParam("regionCode") String region, @QueryParam("warningId") String warning,
                                               @QueryParam("kind") String kind, @QueryParam("status") String status,
                                               @QueryParam("limit") Integer limit) {
        String own = identity.hasRole(Roles.ENTERPRISE) ? identity.getAttribute(Roles.ENTERPRISE_ATTRIBUTE) : null;
        String state = status == null ? null : status.toUpperCase();
        if (state != null && !List.of("PENDING", "ACKNOWLEDGED", "OVERDUE").contains(state)) {
            throw new BadRequest("status", "status must be PENDING, ACKNOWLEDGED or OVERDUE");
        }
        if (kind != null && !DirectiveRow.KINDS.contains(kind.toUpperCase())) {
            throw new BadRequest("kind", "kind must be one of " + String.join(", ", DirectiveRow.KINDS));
        }
        return pool.preparedQuery("""
                        SELECT id, kind, subject, version, warning_id, region_code, level, action, mandatory, measures::text,
                               effective_from, issued_at, ack_deadline, acked_at, acked_by, escalated_at
                          FROM directive
                         WHERE ($1::text IS NULL OR subject = $1) AND ($2::text IS NULL OR region_code = $2)
                           AND ($3::text IS NULL OR warning_id = $3) AND ($4::text IS NULL OR kind = $4)
                           AND ($5::text IS NULL OR ($5 = 'ACKNOWLEDGED' AND acked_at IS NOT NULL)
                                OR ($5 = 'PENDING' AND acked_at IS NULL) OR ($5 = 'OVERDUE' AND escalated_at IS NOT NULL AND acked_at IS NULL))
                         ORDER BY issued_at DESC, id LIMIT $6
                        """)
                .execute(Tuple.tuple().addString(own).addString(region).addString(warning)
                        .addString(kind == null ? null : kind.toUpperCase()).addString(state)
                        .addInteger(limit == null ? 1000 : Math.min(limit, 10000)))
                .map(rows -> {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(view(r));
                    }
                    return list;
                });
    }

    @POST
    @Path("/{id}/ack")
    @RolesAllowed({Roles.ENTERPRISE, Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER})
    @Operation(summary = "Acknowledge an order (an enterprise: its own only); repeating it changes nothing")
    public Uni<DirectiveAcks.Acked> ack(@PathParam("id") String id) {
        String own = identity.hasRole(Roles.ENTERPRISE) ? identity.getAttribute(Roles.ENTERPRISE_ATTRIBUTE) : null;
        return acks.ack(id, own, identity.getPrincipal().getName(), OffsetDateTime.now())
                .onFailure().transform(DirectiveAcks::asHttp);
    }

    private Map<String, Object> view(Row r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("directiveId", r.getString("id"));
        d.put("kind", r.getString("kind"));
        d.put("subject", r.getString("subject"));
        d.put("version", r.getInteger("version"));
        d.put("warningId", r.getString("warning_id"));
        d.put("regionCode", r.getString("region_code"));
        d.put("level", r.getString("level"));
        d.put("action", r.getString("action"));
        d.put("mandatory", r.getBoolean("mandatory"));
        try {
            d.put("measures", mapper.readTree(r.getString("measures")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        d.put("effectiveFrom", r.getOffsetDateTime("effective_from"));
        d.put("issuedAt", r.getOffsetDateTime("issued_at"));
        d.put("ackDeadline", r.getOffsetDateTime("ack_deadline"));
        d.put("ackedAt", r.getOffsetDateTime("acked_at"));
        d.put("ackedBy", r.getString("acked_by"));
        d.put("escalatedAt", r.getOffsetDateTime("escalated_at"));
        return d;
    }
}
