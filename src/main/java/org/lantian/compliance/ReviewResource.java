package org.lantian.compliance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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

import io.smallrye.mutiny.Uni;

/**
 * The list execution review of one episode (清单执行情况评估): achieved against promised cuts per enterprise and
 * county, and the hours each order was followed; a county officer sees the own county's enterprises only.
 */
@Path("/api/compliance/review")
public class ReviewResource {

    private final ListReviews reviews;
    private final CurrentScope scope;

    ReviewResource(ListReviews reviews, CurrentScope scope) {
        this.reviews = reviews;
        this.scope = scope;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "List execution review of a warning's episode (issue to lift, or to now): per enterprise and county the "
            + "emission cut achieved (estimated from the electricity verdicts) against the list's promise at the order's level "
            + "over the same hours, and compliant / violation / no-baseline hours. JSON, or CSV (Accept: text/csv or "
            + "?format=csv) with one row per enterprise, columns as in docs/domain-decisions.md")
    @APIResponse(responseCode = "200", description = "the review",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListReview.Review.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> review(@QueryParam("warningId") String warningId, @QueryParam("format") String format,
                                @HeaderParam("Accept") String accept) {
        String id = TextInput.line("warningId", warningId, TextInput.ID_MAX);
        if (id == null || id.isBlank()) {
            throw new BadRequest("warningId", "warningId is required: the warning whose episode to review");
        }
        boolean csv = format != null && !format.isBlank() ? "csv".equalsIgnoreCase(format.strip())
                : accept != null && accept.contains("text/csv");
        if (format != null && !format.isBlank() && !csv && !"json".equalsIgnoreCase(format.strip())) {
            throw new BadRequest("format", "format must be json or csv");
        }
        String county = scope.get().confinedCounty();
        return reviews.of(id, county).map(found -> {
            ListReview.Review review = found.orElseThrow(() -> new NotFoundException("no warning " + id + " (warningId)"));
            return csv ? Response.ok(ListReview.csv(review), "text/csv; charset=UTF-8").build()
                    : Response.ok(review, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }
}
