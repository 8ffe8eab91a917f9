package org.lantian.eventlog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestMulti;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.security.CurrentScope;

/** The event log exported for any filter, streamed. */
@Path("/api/events/export")
public class EventExportResource {

    private final EventExport export;
    private final CurrentScope scope;

    EventExportResource(EventExport export, CurrentScope scope) {
        this.export = export;
        this.scope = scope;
    }

    // one declared type (a streamed Multi cannot be negotiated); the JSON export overrides it on the RestMulti.
    // Not a JSON type, so the chunks go out exactly as written (the JSON export writes its own brackets and commas),
    // and the next chunk is pulled only when the previous one has been written: back-pressure to the database cursor.
    @GET
    @Produces("text/csv")
    @Operation(summary = "All events of a filter (as for the list, without paging), streamed as CSV (default) or JSON")
    public RestMulti<String> export(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("regionCode") String region, @QueryParam("type") String type,
                                    @QueryParam("enterpriseId") String enterprise, @QueryParam("warningId") String warning,
                                    @QueryParam("format") String format) {
        EventFilter filter = EventFilter.of(from, to, region, type, enterprise, warning, null, scope.get());
        EventExport.Format f = format(format);
        String contentType = f == EventExport.Format.CSV ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        return RestMulti.fromMultiData(export.export(filter, f))
                .header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename=\"lantian-events." + f.name().toLowerCase() + "\"")
                .build();
    }

    private static EventExport.Format format(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) {
            return EventExport.Format.CSV;
        }
        if (format.equalsIgnoreCase("json")) {
            return EventExport.Format.JSON;
        }
        throw new BadRequest("format", "format must be csv or json");
    }
}
