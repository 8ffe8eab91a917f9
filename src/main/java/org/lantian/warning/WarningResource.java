package org.lantian.warning;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
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
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.RuleSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.lantian.platform.security.CurrentScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Warnings: what is in force, open proposals, the dry run, and the duty officers' decisions. */
@Path("/api/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarningResource {

    /** As a forecast on Kafka (forecast.schema.json): enough for hourly periods over 40 days. */
    static final int MAX_PERIODS = 1_000;
    private static final int POLLUTANT_MAX = 32;

    private final WarningCommands commands;
    private final ProposalPipeline pipeline;
    private final WarningRuleSets ruleSets;
    private final CurrentScope scope;
    private final Pool pool;
    private final WarningQueries queries;

    WarningResource(WarningCommands commands, ProposalPipeline pipeline, WarningRuleSets ruleSets, CurrentScope scope,
                    Pool pool, WarningQueries queries) {
        this.queries = queries;
        this.commands = commands;
        this.pipeline = pipeline;
        this.ruleSets = ruleSets;
        this.scope = scope;
        this.pool = pool;
    }

    @GET
    @Operation(summary = "Warnings, newest first: active ones (status=ACTIVE, the default) or all")
    public Uni<List<Warning>> list(@QueryParam("status") String status, @QueryParam("regionCode") String region) {
        boolean all = "ALL".equalsIgnoreCase(status);
        return pool.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE ($1 OR status = 'ACTIVE') "
                        + "AND ($2::text IS NULL OR region_code = $2) ORDER BY issued_at DESC LIMIT 500")
                .execute(Tuple.of(all, region))
                .map(rows -> {
                    List<Warning> list = new ArrayList<>();
                    rows.forEach(r -> list.add(Warning.of(r)));
                    return list;
                });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A warning with every action taken on it")
    public Uni<WarningDetail> get(@PathParam("id") String id) {
        return pool.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new jakarta.ws.rs.NotFoundException("no warning " + id);
                    }
                    return Warning.of(rows.iterator().next());
                })
                .chain(warning -> pool.preparedQuery("SELECT version, type, level, previous_level, actor, reason, override_reason, "
                                + "effective_from, at FROM warning_action WHERE warning_id = $1 ORDER BY version").execute(Tuple.of(id))
                        .map(rows -> {
                            List<WarningDetail.Action> actions = new ArrayList<>();
                            for (Row r : rows) {
                                actions.add(new WarningDetail.Action(r.getInteger(0), r.getString(1), r.getString(2), r.getString(3),
                                        r.getString(4), r.getString(5), r.getString(6), r.getOffsetDateTime(7), r.getOffsetDateTime(8)));
                            }
                            return new WarningDetail(warning, actions);
                        }));
    }

    @GET
    @Path("/proposals")
    @Operation(summary = "Open proposals with their reasons")
    public Uni<List<ProposalView>> proposals(@QueryParam("regionCode") String region) {
        return queries.open(region);
    }

    @GET
    @Path("/effective-levels")
    @Operation(summary = "Every region's effective level: max(city warning, own raise, regional floor)")
    public Uni<List<EffectiveLevelView>> effectiveLevels() {
        return queries.effectiveLevels();
    }

    @POST
    @Path("/evaluate")
    @Operation(summary = "Dry run: the level the rules give for these periods, and what would be proposed or the stage "
            + "that stops the proposal and why; no side effect")
    public Uni<DryRunResult> evaluate(WarningRequests.EvaluateRequest body) {
        WarningRequests.EvaluateRequest request = body != null ? body : new WarningRequests.EvaluateRequest(null, null, null);
        String region = WarningRequests.code("regionCode", request.regionCode());
        String ruleSet = TextInput.line("ruleSet", request.ruleSet(), TextInput.ID_MAX);
        RuleSet set = ruleSet != null ? ruleSets.byId(ruleSet) : ruleSets.forRegion(region);
        JsonNode periods = request.periods();
        if (periods == null || !periods.isArray() || periods.isEmpty()) {
            throw new BadRequest("periods", "periods must be a non-empty array of {from, to, aqi, primaryPollutant?}");
        }
        if (periods.size() > MAX_PERIODS) {
            throw new BadRequest("periods", "at most " + MAX_PERIODS + " periods, got " + periods.size());
        }
        for (int i = 0; i < periods.size(); i++) {
            JsonNode pollutant = periods.get(i).get("primaryPollutant");
            TextInput.line("periods[" + i + "].primaryPollutant", pollutant == null || pollutant.isNull() ? null : pollutant.asText(),
                    POLLUTANT_MAX);
        }
        List<Period> parsed;
        try {
            parsed = ForecastPeriods.periods(periods);
        } catch (RuntimeException e) {
            throw new BadRequest("periods", "each period needs from and to (ISO-8601 with offset, from before to) and aqi: " + e.getMessage());
        }
        return pipeline.dryRun(region, set, parsed).map(DryRunResult::of);
    }

    @POST
    @Operation(summary = "Issue a warning")
    public Uni<Warning> issue(WarningRequests.IssueRequest body) {
        WarningRequests.IssueRequest request = body != null ? body : new WarningRequests.IssueRequest(null, null, null, null, null);
        return commands.issue(request.command(), Officer.of(scope.get()));
    }

    @POST
    @Path("/{id}/adjust")
    @Operation(summary = "Change the level; 409 if the version is stale "
            + "or a downgrade comes before the forecast allows it (unless overrideReason)")
    public Uni<Warning> adjust(@PathParam("id") String id, WarningRequests.AdjustRequest body) {
        WarningRequests.AdjustRequest request = body != null ? body : new WarningRequests.AdjustRequest(null, null, null, null, null);
        return commands.adjust(request.command(id), Officer.of(scope.get()));
    }

    @POST
    @Path("/{id}/lift")
    @Operation(summary = "Lift a warning (to NONE)")
    public Uni<Warning> lift(@PathParam("id") String id, WarningRequests.LiftRequest body) {
        WarningRequests.LiftRequest request = body != null ? body : new WarningRequests.LiftRequest(null, null, null, null);
        return commands.lift(request.command(id), Officer.of(scope.get()));
    }
}
