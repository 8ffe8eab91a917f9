package org.lantian.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.monitoring.ForecastQueries;
import org.lantian.monitoring.RegionAqiQueries;
import org.lantian.platform.http.TextInput;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** A county's last 72 hours of AQI with its latest forecast, as a chart. */
@Path("/console/regions/{code}/chart")
@Produces(MediaType.TEXT_HTML)
public class RegionChartPanel {

    static final Duration SHOWN = Duration.ofHours(72);
    private static final Duration AHEAD = Duration.ofHours(72);

    private final Template chart;
    private final RegionAqiQueries regionAqi;
    private final ForecastQueries forecasts;
    private final Pool pool;
    private final Clock clock;

    RegionChartPanel(@Location("console/chart.html") Template chart, RegionAqiQueries regionAqi, ForecastQueries forecasts,
                     Pool pool, Clock clock) {
        this.chart = chart;
        this.regionAqi = regionAqi;
        this.forecasts = forecasts;
        this.pool = pool;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Console: a region's last 72 hours of AQI with its latest forecast, as an SVG chart")
    public Uni<TemplateInstance> chart(@PathParam("code") String code, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        String region = TextInput.line("code", code, TextInput.ID_MAX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Instant from = now.minus(SHOWN).toInstant();
        Instant to = now.plus(AHEAD).toInstant();
        return regionAqi.regions().map(list -> list.stream().filter(r -> r.regionCode().equals(region)).findFirst()
                        .orElseThrow(() -> new NotFoundException("no region " + region)))
                .chain(summary -> Uni.combine().all().unis(regionAqi.hours(region, now.minus(SHOWN), now),
                        forecasts.latest(pool, region)).asTuple().map(t -> {
                    List<AqiChart.Point> observed = t.getItem1().stream().filter(h -> h.aqi() != null)
                            .map(h -> new AqiChart.Point(h.hour().toInstant(), h.aqi())).toList();
                    List<AqiChart.Step> forecast = t.getItem2().map(f -> f.periods().stream()
                            .filter(p -> p.aqi() != null && p.to().toInstant().isAfter(from))
                            .map(p -> new AqiChart.Step(p.from().toInstant(), p.to().toInstant(), p.aqi())).toList())
                            .orElse(List.of());
                    int highest = Math.max(observed.stream().mapToInt(AqiChart.Point::aqi).max().orElse(0),
                            (int) Math.ceil(forecast.stream().mapToDouble(AqiChart.Step::aqi).max().orElse(0)));
                    String svg = new AqiChart(from, to, highest).svg(observed, forecast, List.of(), summary.name() + " AQI",
                            ConsoleViews.ZONE, locale);
                    return chart.data("name", summary.name()).data("code", region).data("svg", svg)
                            .data("hours", observed.size()).setLocale(locale);
                }));
    }
}
