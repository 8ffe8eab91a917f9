package org.lantian.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.directive.DirectiveQueries;
import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.ForecastQueries;
import org.lantian.monitoring.RegionAqiQueries;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.ScopeTables;
import org.lantian.platform.security.Scope;
import org.lantian.platform.security.Target;
import org.lantian.warning.EffectiveLevelView;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningQueries;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The officers' panels, as HTML fragments the home page loads and reloads (htmx) when the change stream says so:
 * the city and county grid, the open proposals, the active warnings and a warning's orders. Everything is read
 * through the capabilities' query APIs; the forms post to the JSON API.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class OfficerPanels {

    private static final int ORDERS_SHOWN = 500;

    private final Template regions;
    private final Template proposals;
    private final Template warnings;
    private final Template orders;
    private final RegionAqiQueries regionAqi;
    private final ForecastQueries forecasts;
    private final WarningQueries warningQueries;
    private final DirectiveQueries directives;
    private final CurrentScope scope;
    private final Pool pool;
    private final Clock clock;
    private final ScopeTables table;
    private final SecurityIdentity identity;

    OfficerPanels(@Location("console/regions.html") Template regions, @Location("console/proposals.html") Template proposals,
                  @Location("console/warnings.html") Template warnings, @Location("console/orders.html") Template orders,
                  RegionAqiQueries regionAqi, ForecastQueries forecasts, WarningQueries warningQueries,
                  DirectiveQueries directives, CurrentScope scope, Pool pool, Clock clock, ScopeTables table,
                  SecurityIdentity identity) {
        this.table = table;
        this.identity = identity;
        this.regions = regions;
        this.proposals = proposals;
        this.warnings = warnings;
        this.orders = orders;
        this.regionAqi = regionAqi;
        this.forecasts = forecasts;
        this.warningQueries = warningQueries;
        this.directives = directives;
        this.scope = scope;
        this.pool = pool;
        this.clock = clock;
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Console: the city and its counties, coloured by current AQI, with level and latest forecast")
    public Uni<TemplateInstance> regions(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        Optional<Scope> issue = table.offered(identity, "POST", "/api/warnings");
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Uni.combine().all().unis(regionAqi.regions(), regionAqi.hoursInDayTo(now), warningQueries.effectiveLevels())
                .asTuple().chain(t -> {
                    Map<String, String> levels = new HashMap<>();
                    for (EffectiveLevelView l : t.getItem3()) {
                        levels.put(l.regionCode(), l.level());
                    }
                    List<Uni<ConsoleViews.RegionTile>> tiles = new ArrayList<>();
                    for (RegionAqiQueries.RegionSummary r : t.getItem1()) {
                        List<RegionAqiQueries.RegionHourAqi> hours = t.getItem2().getOrDefault(r.regionCode(), List.of());
                        RegionAqiQueries.RegionHourAqi last = hours.stream().filter(h -> h.aqi() != null)
                                .reduce((a, b) -> b).orElse(null);
                        boolean city = !"COUNTY".equalsIgnoreCase(r.kind());
                        tiles.add(forecasts.latest(pool, r.regionCode()).map(f -> {
                            Optional<Forecast.Period> peak = f.flatMap(latest -> latest.periods().stream()
                                    .filter(p -> p.aqi() != null && p.to().isAfter(now))
                                    .max((a, b) -> Double.compare(a.aqi(), b.aqi())));
                            return ConsoleViews.tile(r.regionCode(), r.name(), city, last == null ? null : last.aqi(),
                                    last == null ? null : last.hour(), levels.get(r.regionCode()),
                                    peak.map(p -> (int) Math.round(p.aqi())).orElse(null), peak.map(Forecast.Period::from).orElse(null),
                                    allows(issue, r.regionCode()), locale);
                        }));
                    }
                    return Uni.join().all(tiles).andFailFast();
                })
                .map(list -> regions.data("tiles", list).setLocale(locale));
    }

    @GET
    @Path("/proposals")
    @Operation(summary = "Console: open proposals with their reasons and the reduction-list check, and the issue form")
    public Uni<TemplateInstance> proposals(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        Optional<Scope> issue = table.offered(identity, "POST", "/api/warnings");
        return Uni.combine().all().unis(warningQueries.open(null), names()).asTuple()
                .map(t -> proposals.data("proposals", t.getItem1().stream()
                                .map(p -> ConsoleViews.proposal(p, t.getItem2().getOrDefault(p.regionCode(), p.regionCode()),
                                        allows(issue, p.regionCode()), locale))
                                .toList())
                        .setLocale(locale));
    }

    @GET
    @Path("/warnings")
    @Operation(summary = "Console: active warnings with their order counts, and the adjust and lift forms")
    public Uni<TemplateInstance> warnings(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        Optional<Scope> change = table.offered(identity, "POST", "/api/warnings/{id}/adjust");
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Uni.combine().all().unis(warningQueries.activeAsOf(now), names()).asTuple().chain(t -> {
            List<Uni<ConsoleViews.WarningCard>> cards = new ArrayList<>();
            for (Warning w : t.getItem1()) {
                String name = t.getItem2().getOrDefault(w.regionCode(), w.regionCode());
                cards.add(directives.countsOfWarning(w.id(), now).map(c -> new ConsoleViews.WarningCard(w.id(), w.regionCode(),
                        name, w.level().name(), Labels.level(w.level().name(), locale), Labels.levelColor(w.level().name()),
                        ConsoleViews.time(w.effectiveFrom()), w.version(), w.issuedBy(), c.total(), c.acknowledged(),
                        c.overdueNow(), allows(change, w.regionCode()))));
            }
            return cards.isEmpty() ? Uni.createFrom().item(List.<ConsoleViews.WarningCard>of())
                    : Uni.join().all(cards).andFailFast();
        }).map(list -> warnings.data("warnings", list).setLocale(locale));
    }

    @GET
    @Path("/warnings/{id}/orders")
    @Operation(summary = "Console: a warning's orders with their acknowledgement, overdue ones first (a county officer: "
            + "those of the own county)")
    public Uni<TemplateInstance> orders(@PathParam("id") String id, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return directives.ofWarning(id, scope.get().confinedCounty(), now, ORDERS_SHOWN)
                .map(list -> orders.data("orders", list.stream().map(d -> ConsoleViews.order(d, now, locale)).toList())
                        .data("enterpriseView", false).setLocale(locale));
    }

    private Uni<Map<String, String>> names() {
        return regionAqi.regions().map(list -> {
            Map<String, String> names = new HashMap<>();
            list.forEach(r -> names.put(r.regionCode(), r.name()));
            return names;
        });
    }

    private static boolean allows(Optional<Scope> offered, String region) {
        return offered.map(s -> s.admits(Target.region(region))).orElse(false);
    }
}
