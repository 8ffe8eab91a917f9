package org.lantian.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lantian.platform.http.BadRequest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Regions and stations with their current and recent AQI; for anyone signed in. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final AqiQueries queries;
    private final Clock clock;

    RegionResource(AqiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Path("/regions")
    @WithSession
    @Operation(summary = "The city and its counties")
    public Uni<List<Region>> regions() {
        return Region.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    @GET
    @Path("/regions/{code}/aqi")
    @WithSession
    @Operation(summary = "A region's current hour, last 24 hours, today's and yesterday's daily AQI, latest forecast")
    public Uni<AqiViews.RegionAqi> regionAqi(@PathParam("code") String code,
                                              @Parameter(description = "as of this time (default now)") @QueryParam("at") String at) {
        Instant asOf = asOf(at);
        return Region.<Region>findById(code)
                .onItem().ifNull().failWith(() -> new NotFoundException("no region " + code))
                .chain(region -> queries.region(region, asOf));
    }

    @GET
    @Path("/stations")
    @WithSession
    @Operation(summary = "Monitoring stations, optionally of one region")
    public Uni<List<Station>> stations(@QueryParam("regionCode") String regionCode) {
        return regionCode == null ? Station.listAll(io.quarkus.panache.common.Sort.by("code"))
                : Station.list("regionCode", io.quarkus.panache.common.Sort.by("code"), regionCode);
    }

    @GET
    @Path("/stations/{code}/aqi")
    @WithSession
    @Operation(summary = "A station's current hour, last 24 hours, today's and yesterday's daily AQI")
    public Uni<AqiViews.StationAqi> stationAqi(@PathParam("code") String code, @QueryParam("at") String at) {
        Instant asOf = asOf(at);
        return Station.<Station>findById(code)
                .onItem().ifNull().failWith(() -> new NotFoundException("no station " + code))
                .chain(station -> queries.station(station, asOf));
    }

    @GET
    @Path("/regions/{code}/forecast")
    @Operation(summary = "The latest forecast for a region")
    public Uni<AqiViews.ForecastView> forecast(@PathParam("code") String code) {
        return queries.latestForecast(code, clock.instant()).map(f -> {
            if (f == null) {
                throw new NotFoundException("no forecast for region " + code);
            }
            return f;
        });
    }

    private Instant asOf(String at) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("at", "at must be an ISO-8601 time with offset, e.g. 2020-01-10T08:00:00+08:00");
        }
    }
}
