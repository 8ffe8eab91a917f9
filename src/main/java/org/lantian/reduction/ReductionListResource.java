package org.lantian.reduction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.http.TextInput;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.Scope;
import org.lantian.reduction.list.Adequacy;
import org.lantian.reduction.list.Level;
import org.lantian.reduction.list.ReductionList;
import org.lantian.reduction.list.ReductionListCsv;
import org.lantian.reduction.list.ReductionListView;
import org.lantian.reduction.list.RowError;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The emergency reduction list (一厂一策): import, export, enterprises, adequacy. For officers. */
@Path("/api")
public class ReductionListResource {

    private final ReductionLists lists;
    private final Pool pool;
    private final CurrentScope scope;

    ReductionListResource(ReductionLists lists, Pool pool, CurrentScope scope) {
        this.lists = lists;
        this.pool = pool;
        this.scope = scope;
    }

    /** A list imported: its version, now the active one, and how many enterprises it has. */
    public record ListImported(int version, int enterprises) {
    }

    /** A list refused: every invalid row ({@code status}, {@code error}, {@code field} as every 4xx body). */
    public record ListRefused(int status, String error, String field, List<RowError> errors) {
    }

    // a Response: the answer is a ListImported or (400) a ListRefused
    @POST
    @Path("/reduction-list")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a new version of the list (CSV, docs/reduction-list-csv.md); all rows valid or nothing imported")
    @APIResponse(responseCode = "200", description = "imported: the new active version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListImported.class)))
    @APIResponse(responseCode = "400", description = "nothing imported: every invalid row with its column and reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListRefused.class)))
    public Uni<Response> importList(byte[] file, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType) {
        String csv = CsvBody.decode(file, contentType);
        return lists.importCsv(csv, scope.get().actor()).chain(result -> {
            if (!result.ok()) {
                ListRefused body = new ListRefused(400, result.errors().size() + " row(s) are invalid; nothing was imported", "",
                        result.errors());
                return Uni.createFrom().item(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
            }
            return lists.current(pool).map(active -> Response.ok(new ListImported(active.version(), active.list().size()),
                    MediaType.APPLICATION_JSON_TYPE).build());
        });
    }

    @GET
    @Path("/reduction-list")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The active list (or ?version=N) as JSON, or as CSV with Accept: text/csv; "
            + "a county officer gets the county's enterprises only")
    @APIResponse(responseCode = "200", description = "the list: JSON, or the CSV of docs/reduction-list-csv.md",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReductionListView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> export(@QueryParam("version") Integer version, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        String county = scope.get().confinedCounty();
        Uni<String> csv = version == null
                ? lists.current(pool).map(a -> ReductionListCsv.toCsv(a.list()))
                : lists.csv(version);
        if (county != null) {
            csv = csv.map(text -> text == null ? null : ReductionListCsv.toCsv(new ReductionList(ReductionListCsv.parse(text)
                    .reductionList().orElseThrow().plans().stream()
                    .filter(p -> p.enterprise().countyCode().equals(county)).toList())));
        }
        return csv.map(text -> {
            if (text == null) {
                throw new jakarta.ws.rs.NotFoundException("no reduction list version " + version);
            }
            if (accept != null && accept.contains("text/csv")) {
                return Response.ok(text, "text/csv; charset=UTF-8").build();
            }
            return Response.ok(ReductionListView.of(ReductionListCsv.parse(text).reductionList().orElseThrow()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @GET
    @Path("/enterprises")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enterprises on the active list, optionally of one county")
    public Uni<List<ReductionListView.EnterpriseView>> enterprises(@QueryParam("regionCode") String regionCode) {
        Scope within = scope.get();
        String region = within.region(TextInput.line("regionCode", regionCode, TextInput.ID_MAX));
        String own = within.confinedEnterprise();
        return lists.current(pool).map(a -> a.list().plans().stream()
                .filter(p -> region == null || p.enterprise().countyCode().equals(region))
                .filter(p -> own == null || p.enterprise().creditCode().equals(own))
                .map(ReductionListView::enterprise).toList());
    }

    @GET
    @Path("/reduction-list/adequacy")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per pollutant: the list's expected cuts at the level against the area's emissions, and 10/20/30 %")
    public Uni<Adequacy.Report> adequacy(@QueryParam("regionCode") String regionCode, @QueryParam("level") String level) {
        String region = scope.get().region(TextInput.line("regionCode", regionCode, TextInput.ID_MAX));
        if (region == null || region.isBlank()) {
            throw new BadRequest("regionCode", "regionCode is required (141000 for the whole city)");
        }
        Level parsed;
        try {
            parsed = Level.valueOf(level == null ? "" : level.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("level", "level must be YELLOW, ORANGE or RED");
        }
        return lists.current(pool).map(a -> {
            try {
                return Adequacy.check(a.list(), Set.of(region), parsed, Optional.empty());
            } catch (IllegalArgumentException e) {
                throw new BadRequest("regionCode", e.getMessage());
            }
        });
    }
}
