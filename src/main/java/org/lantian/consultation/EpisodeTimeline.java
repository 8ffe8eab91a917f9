package org.lantian.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.lantian.directive.DirectiveQueries;
import org.lantian.compliance.FindingCounts;
import org.lantian.compliance.FindingQueries;
import org.lantian.directive.OrderCounts;
import org.lantian.eventlog.EventQueries;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.EventView;
import org.lantian.monitoring.RegionAqiQueries;
import org.lantian.monitoring.RegionAqiQueries.RegionHourAqi;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningQueries;
import org.lantian.warning.WarningQueries.ProposalMade;

import io.smallrye.mutiny.Uni;

/**
 * One warning episode, from the first proposal that led to it to its lift: the
 * proposals, officer actions and effective-level changes from the event log in
 * order, the region's hourly AQI over the episode (from a day before), and the
 * orders it caused as counts (each order is in the log too, under its warning id).
 * The warning, its proposals, the AQI and the order counts are asked of warning,
 * monitoring and directive (their query APIs), the events of the event log ({@link EventQueries}).
 */
@ApplicationScoped
public class EpisodeTimeline {

    /**
     * The timeline of one episode.
     *
     * @param from       the first proposal that led to the warning, or its issue
     * @param to         the lift, null while ongoing
     * @param events     the episode's events in log order (per-order events are left to the order counts)
     * @param regionAqi  the region's hourly AQI from a day before {@code from}
     * @param directives the orders the warning caused, counted now
     * @param findings   compliance findings on those orders, counted now (their events are left to the counts, like orders')
     */
    public record TimelineView(Warning warning, OffsetDateTime from, OffsetDateTime to, boolean ongoing,
                       List<EventView> events, List<RegionHourAqi> regionAqi, OrderCounts directives, FindingCounts findings) {
    }

    /** How far before the issue a proposal still counts as leading to the warning. */
    static final Duration LEAD_UP = Duration.ofHours(72);
    private static final Duration AQI_BEFORE = Duration.ofHours(24);
    private static final Duration AQI_MAX = Duration.ofDays(31);
    private static final List<EventType> PER_ORDER = List.of(EventType.DIRECTIVE_ISSUED, EventType.DIRECTIVE_ACKNOWLEDGED,
            EventType.DIRECTIVE_OVERDUE, EventType.COMPLIANCE_FINDING_OPENED, EventType.COMPLIANCE_FINDING_UPDATED,
            EventType.COMPLIANCE_FINDING_CLOSED, EventType.COMPLIANCE_FINDING_DECIDED);

    private final EventQueries events;
    private final Clock clock;
    private final WarningQueries warnings;
    private final RegionAqiQueries regionAqi;
    private final DirectiveQueries directives;
    private final FindingQueries findings;

    EpisodeTimeline(EventQueries events, Clock clock, WarningQueries warnings, RegionAqiQueries regionAqi, DirectiveQueries directives,
                    FindingQueries findings) {
        this.findings = findings;
        this.events = events;
        this.clock = clock;
        this.warnings = warnings;
        this.regionAqi = regionAqi;
        this.directives = directives;
    }

    public Uni<TimelineView> of(String warningId) {
        return warnings.find(warningId).chain(found -> {
            Warning w = found.orElseThrow(() -> new NotFoundException("no warning " + warningId));
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            OffsetDateTime end = w.liftedAt() != null ? w.liftedAt() : now;
            return warnings.ofEpisode(w, LEAD_UP, end).chain(proposals -> {
                OffsetDateTime start = proposals.stream().map(ProposalMade::createdAt).min(OffsetDateTime::compareTo)
                        .filter(first -> first.isBefore(w.issuedAt())).orElse(w.issuedAt());
                List<String> subjects = new ArrayList<>(proposals.stream().map(ProposalMade::id).toList());
                subjects.add(w.id());
                return events.aboutWarnings(subjects, PER_ORDER).chain(events -> aqi(w.regionCode(), start, end)
                        .chain(aqi -> directives.countsOfWarning(w.id(), now)
                                .chain(orders -> findings.ofWarning(w.id(), now)
                                        .map(counted -> new TimelineView(w, start, w.liftedAt(), w.liftedAt() == null, events, aqi,
                                                orders, counted)))));
            });
        });
    }


    private Uni<List<RegionHourAqi>> aqi(String region, OffsetDateTime start, OffsetDateTime end) {
        OffsetDateTime from = start.minus(AQI_BEFORE);
        OffsetDateTime to = end.isAfter(from.plus(AQI_MAX)) ? from.plus(AQI_MAX) : end;
        return regionAqi.hours(region, from, to);
    }
}
