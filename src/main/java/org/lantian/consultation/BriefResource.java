package org.lantian.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import io.smallrye.mutiny.Uni;

/** The daily consultation brief, as JSON ({@link Brief}) or as a printable HTML page: a {@code Response}, as it negotiates. */
@Path("/api/consultation/brief")
public class BriefResource {

    private final ConsultationBrief brief;
    private final Clock clock;

    BriefResource(ConsultationBrief brief, Clock clock) {
        this.brief = brief;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The brief for a day (Asia/Shanghai; default today): per region the last 24 h of AQI, the daily AQI, "
            + "latest forecast, open proposals, active warnings and effective levels, acknowledgement rate and overdue orders. "
            + "HTML with format=html or Accept: text/html")
    @APIResponse(responseCode = "200", description = "the brief: JSON, or the printable page",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Brief.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> get(@QueryParam("date") String date, @QueryParam("format") String format,
                             @HeaderParam("Accept") String accept) {
        boolean html = html(format, accept);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate day = day(date, now);
        return brief.of(day, now).map(b -> html
                ? Response.ok(BriefHtml.render(b), MediaType.TEXT_HTML + ";charset=utf-8").build()
                : Response.ok(b, MediaType.APPLICATION_JSON).build());
    }

    private static boolean html(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("html")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw new BadRequest("format", "format must be json or html");
        }
        return accept != null && accept.contains(MediaType.TEXT_HTML);
    }

    private static LocalDate day(String date, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(ConsultationBrief.ZONE).toLocalDate();
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.isAfter(today)) {
                throw new BadRequest("date", "date " + date + " is in the future; the brief covers today or earlier");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadRequest("date", "date must be a day as YYYY-MM-DD");
        }
    }
}
