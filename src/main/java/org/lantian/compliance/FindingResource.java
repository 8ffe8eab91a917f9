package org.lantian.compliance;

import java.util.List;
import java.util.Locale;

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

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Suspected violations within the caller's scope (docs/security.md): officers their county or all, an enterprise its own. */
@Path("/api/compliance/findings")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final Pool pool;
    private final FindingRows rows;
    private final FindingDecisions decisions;
    private final CurrentScope scope;

    FindingResource(Pool pool, FindingRows rows, FindingDecisions decisions, CurrentScope scope) {
        this.pool = pool;
        this.rows = rows;
        this.decisions = decisions;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "Findings, open first and newest first; filters: regionCode, enterpriseId, "
            + "status (OPEN, CLOSED, or an officer's decision CONFIRMED, DISMISSED)")
    public Uni<List<Finding>> list(@QueryParam("regionCode") String region, @QueryParam("enterpriseId") String enterprise,
                                   @QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        Scope within = scope.get();
        String state = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (state != null && !FindingDecisions.statuses().contains(state)) {
            throw new BadRequest("status", "status must be one of OPEN, CLOSED, CONFIRMED, DISMISSED");
        }
        if (limit != null && (limit < 1 || limit > 10_000)) {
            throw new BadRequest("limit", "limit must be between 1 and 10000");
        }
        String regionCode = within.region(TextInput.line("regionCode", region, TextInput.ID_MAX));
        String own = within.confinedEnterprise();
        String enterpriseId = own != null ? own : TextInput.line("enterpriseId", enterprise, TextInput.ID_MAX);
        return rows.list(pool, regionCode, enterpriseId, state, limit == null ? 1000 : limit);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Confirm a finding (a violation to pursue) or dismiss it (a false alarm), with a reason; recorded with the officer")
    public Uni<Finding> decide(@PathParam("id") String id, FindingDecisions.DecisionRequest body) {
        if (body != null && body.reason() != null) {
            TextInput.text("reason", body.reason(), TextInput.TEXT_MAX);
        }
        return decisions.decide(TextInput.line("id", id, 512), body, scope.get());
    }
}
