package org.lantian.consultation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.consultation.Brief.BriefSummary;
import org.lantian.consultation.Brief.EffectiveLevelAt;
import org.lantian.consultation.Brief.ForecastAsKnown;
import org.lantian.consultation.Brief.RegionBrief;
import org.lantian.directive.DirectiveQueries;
import org.lantian.directive.DirectiveView;
import org.lantian.compliance.FindingCounts;
import org.lantian.compliance.FindingQueries;
import org.lantian.directive.OrderCounts;
import org.lantian.eventlog.EventQueries;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.EventView;
import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.RegionAqiQueries;
import org.lantian.monitoring.RegionAqiQueries.RegionDayAqi;
import org.lantian.monitoring.RegionAqiQueries.RegionHourAqi;
import org.lantian.monitoring.RegionAqiQueries.RegionSummary;
import org.lantian.platform.Json;
import org.lantian.warning.ProposalView;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningQueries;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The daily consultation brief: for the city and each county, as things stood
 * at the end of the day (or now, for today) — the last 24 hours of AQI and the
 * day's AQI, the latest forecast, open proposals with their reasons, active
 * warnings and effective levels, the counts of the last 24 hours' orders and
 * the overdue ones. Effective levels and forecasts come from the event log
 * ({@link EventQueries}), so a past day's brief shows that day's levels, not
 * today's. Regions and their AQI, proposals and warnings, and orders are asked
 * of monitoring, warning and directive (their query APIs) and shown in their
 * shapes: {@code ProposalView}, {@code Warning} (as it stood then),
 * {@code DirectiveView}, {@code OrderCounts}.
 */
@ApplicationScoped
public class ConsultationBrief {

    public static final ZoneId ZONE = EventView.ZONE;
    /** Overdue orders older than this are left to the directive list (the brief is about the current episode). */
    static final Duration OVERDUE_WINDOW = Duration.ofDays(7);
    static final int OVERDUE_LISTED = 50;
    private static final List<String> LEVELS = List.of("NONE", "BLUE", "YELLOW", "ORANGE", "RED");
    private static final TypeReference<List<Forecast.Period>> PERIODS = new TypeReference<>() {
    };

    private final EventQueries events;
    private final ObjectMapper mapper;
    private final RegionAqiQueries regionAqi;
    private final WarningQueries warnings;
    private final DirectiveQueries directives;
    private final FindingQueries findings;

    ConsultationBrief(EventQueries events, ObjectMapper mapper, RegionAqiQueries regionAqi, WarningQueries warnings,
                      DirectiveQueries directives, FindingQueries findings) {
        this.findings = findings;
        this.events = events;
        this.mapper = mapper;
        this.regionAqi = regionAqi;
        this.warnings = warnings;
        this.directives = directives;
    }

    /** What the brief is made of, as the query APIs answered; {@link #assemble} puts it together. */
    record Sources(List<RegionSummary> regions, Map<String, List<RegionHourAqi>> hours, Map<String, RegionDayAqi> days,
                   Map<String, ForecastAsKnown> forecasts, List<ProposalView> proposals, List<Warning> warnings,
                   Map<String, EffectiveLevelAt> effective, Map<String, OrderCounts> orders, List<DirectiveView> overdue,
                   Map<String, FindingCounts> findings) {
    }

    public Uni<Brief> of(LocalDate date, OffsetDateTime now) {
        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime asOf = now.isBefore(dayEnd) ? now : dayEnd;
        return regionAqi.regions().chain(regions -> regionAqi.hoursInDayTo(asOf)
                .chain(hours -> regionAqi.days(date)
                        // from the log: the forecast (revision) as it was known then, not a later revision of it
                        .chain(days -> events.lastPerRegionBy(EventType.FORECAST_RECEIVED, "issuedAt", asOf).map(this::forecasts)
                                .chain(forecasts -> warnings.openAsOf(asOf)
                                        .chain(proposals -> warnings.activeAsOf(asOf)
                                                .chain(active -> events.lastPerRegion(EventType.EFFECTIVE_LEVEL_CHANGED, asOf)
                                                        .map(this::effective)
                                                        .chain(effective -> directives.issuedInDayTo(asOf)
                                                                .chain(orders -> directives.overdueAsOf(asOf, asOf.minus(OVERDUE_WINDOW))
                                                                        .chain(overdue -> findings.byRegionAsOf(asOf)
                                                                        .map(found -> assemble(date, asOf, !now.isBefore(dayEnd),
                                                                                new Sources(regions, hours, days, forecasts, proposals,
                                                                                        active, effective, orders, overdue, found))))))))))));
    }

    /** The brief of these answers: one entry per region (anything about another region is left out), and the summary. */
    static Brief assemble(LocalDate date, OffsetDateTime asOf, boolean wholeDay, Sources s) {
        Map<String, List<ProposalView>> proposals = new HashMap<>();
        s.proposals().forEach(p -> proposals.computeIfAbsent(p.regionCode(), k -> new ArrayList<>()).add(p));
        Map<String, List<Warning>> active = new HashMap<>();
        s.warnings().forEach(w -> active.computeIfAbsent(w.regionCode(), k -> new ArrayList<>()).add(w));
        Map<String, List<DirectiveView>> overdue = new HashMap<>();
        s.overdue().forEach(o -> overdue.computeIfAbsent(o.regionCode(), k -> new ArrayList<>()).add(o));

        List<RegionBrief> regions = new ArrayList<>();
        String highest = "NONE";
        long warningCount = 0;
        long proposalCount = 0;
        long overdueCount = 0;
        OrderCounts orders = OrderCounts.NONE.issuedInDay();
        FindingCounts found = FindingCounts.NONE;
        for (RegionSummary r : s.regions()) {
            String code = r.regionCode();
            List<DirectiveView> late = overdue.getOrDefault(code, List.of());
            RegionBrief region = new RegionBrief(code, r.name(), r.kind(), s.hours().getOrDefault(code, List.of()), s.days().get(code),
                    s.forecasts().get(code), proposals.getOrDefault(code, List.of()), active.getOrDefault(code, List.of()),
                    s.effective().getOrDefault(code, EffectiveLevelAt.NONE), s.orders().getOrDefault(code, OrderCounts.NONE.issuedInDay()),
                    late.size(), late.size() > OVERDUE_LISTED ? List.copyOf(late.subList(0, OVERDUE_LISTED)) : late,
                    s.findings().getOrDefault(code, FindingCounts.NONE));
            regions.add(region);
            if (LEVELS.indexOf(region.effectiveLevel().level()) > LEVELS.indexOf(highest)) {
                highest = region.effectiveLevel().level();
            }
            warningCount += region.activeWarnings().size();
            proposalCount += region.openProposals().size();
            overdueCount += region.overdueCount();
            orders = orders.plus(region.orders());
            found = found.plus(region.findings());
        }
        return new Brief(date.toString(), asOf.atZoneSameInstant(ZONE).toOffsetDateTime(), wholeDay,
                new BriefSummary(highest, warningCount, proposalCount, orders, overdueCount, found), regions);
    }

    private Map<String, ForecastAsKnown> forecasts(List<EventView> received) {
        Map<String, ForecastAsKnown> byRegion = new HashMap<>();
        for (EventView e : received) {
            JsonNode p = Json.read(mapper, e.payload());
            byRegion.put(e.regionCode(), new ForecastAsKnown(
                    OffsetDateTime.parse(p.path("issuedAt").asText()).atZoneSameInstant(ZONE).toOffsetDateTime(),
                    p.path("issuer").asText(null), p.path("revision").asInt(), mapper.convertValue(p.path("periods"), PERIODS)));
        }
        return byRegion;
    }

    private Map<String, EffectiveLevelAt> effective(List<EventView> changes) {
        Map<String, EffectiveLevelAt> byRegion = new HashMap<>();
        for (EventView e : changes) {
            byRegion.put(e.regionCode(), new EffectiveLevelAt(Json.read(mapper, e.payload()).path("level").asText(null), e.at(),
                    e.warningId()));
        }
        return byRegion;
    }
}
