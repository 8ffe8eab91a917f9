package org.lantian.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.consultation.EpisodeTimeline;
import org.lantian.eventlog.EventQueries;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.EventView;
import org.lantian.eventlog.LogVerifier;
import org.lantian.platform.http.TextInput;
import org.lantian.platform.security.CurrentScope;
import org.lantian.warning.WarningDetail;
import org.lantian.warning.WarningQueries;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * What a consultation meeting looks at: the event log with filters and keyset paging, the result of verifying it,
 * and an episode's timeline as charts (hourly AQI with the warning level and the decisions; orders issued and
 * acknowledged over time).
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsultationPanels {

    private static final int PAGE = 50;
    private static final int ORDERS_CHARTED = 100_000;
    private static final Duration AQI_BEFORE = Duration.ofHours(24);

    private final Template events;
    private final Template verify;
    private final Template timeline;
    private final EventQueries eventQueries;
    private final LogVerifier verifier;
    private final EpisodeTimeline episodes;
    private final WarningQueries warnings;
    private final CurrentScope scope;
    private final Clock clock;

    ConsultationPanels(@Location("console/events.html") Template events, @Location("console/verify.html") Template verify,
                       @Location("console/timeline.html") Template timeline, EventQueries eventQueries, LogVerifier verifier,
                       EpisodeTimeline episodes, WarningQueries warnings, CurrentScope scope, Clock clock) {
        this.events = events;
        this.verify = verify;
        this.timeline = timeline;
        this.eventQueries = eventQueries;
        this.verifier = verifier;
        this.episodes = episodes;
        this.warnings = warnings;
        this.scope = scope;
        this.clock = clock;
    }

    /** The filter as the form sent it, to be sent again for the next page and to the export. */
    public record Filter(String from, String to, String regionCode, String type, String warningId, String enterpriseId) {

        String query() {
            StringBuilder q = new StringBuilder();
            add(q, "from", from);
            add(q, "to", to);
            add(q, "regionCode", regionCode);
            add(q, "type", type);
            add(q, "warningId", warningId);
            add(q, "enterpriseId", enterpriseId);
            return q.toString();
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @GET
    @Path("/events")
    @Operation(summary = "Console: the event log, filtered (time, region, type, warning, enterprise), a page at a time")
    public Uni<TemplateInstance> events(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("regionCode") String region, @QueryParam("type") String type,
                                        @QueryParam("warningId") String warning, @QueryParam("enterpriseId") String enterprise,
                                        @QueryParam("after") Long after, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        // a datetime-local field has no offset: the console's times are Beijing time
        Filter filter = new Filter(local(from), local(to), region, type, warning, enterprise);
        return eventQueries.page(filter.from(), filter.to(), region, type, enterprise, warning, after, PAGE, scope.get())
                .map(page -> events.data("page", page).data("filter", filter).data("query", filter.query())
                        .data("types", Arrays.stream(EventType.values()).map(Enum::name).toList())
                        .data("first", after == null).setLocale(locale));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Console: the event log's hash chain and anchors verified")
    public Uni<TemplateInstance> verify(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        return verifier.verify().map(v -> verify.data("v", v).setLocale(locale));
    }

    @GET
    @Path("/warnings/{id}/timeline")
    @Operation(summary = "Console: an episode's timeline as charts — hourly AQI with the level and the decisions, "
            + "orders issued and acknowledged over time")
    public Uni<TemplateInstance> timeline(@PathParam("id") String id, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        String warningId = TextInput.line("id", id, TextInput.ID_MAX);
        Instant now = clock.instant();
        return Uni.combine().all().unis(episodes.of(warningId), warnings.history(warningId),
                        eventQueries.aboutWarnings(List.of(warningId), List.of())).asTuple()
                .map(t -> {
                    EpisodeTimeline.TimelineView view = t.getItem1();
                    Instant start = view.from().toInstant().minus(AQI_BEFORE);
                    Instant end = view.to() == null ? now : view.to().toInstant().plus(Duration.ofHours(6));
                    List<AqiChart.Point> aqi = view.regionAqi().stream().filter(h -> h.aqi() != null)
                            .map(h -> new AqiChart.Point(h.hour().toInstant(), h.aqi())).toList();
                    List<WarningDetail.Action> actions = t.getItem2().map(WarningDetail::actions).orElse(List.of());
                    String title = view.warning().regionCode() + " " + Labels.level(view.warning().level().name(), locale);
                    String aqiSvg = new AqiChart(start, end, aqi.stream().mapToInt(AqiChart.Point::aqi).max().orElse(0))
                            .svg(aqi, List.of(), marks(view, actions, locale), bands(actions, end, locale), title,
                                    ConsoleViews.ZONE, locale);
                    List<AckChart.Step> steps = AckChart.steps(orders(t.getItem3()));
                    String ackSvg = AckChart.svg(steps, start, end, title, ConsoleViews.ZONE);
                    return timeline.data("view", view).data("aqiSvg", aqiSvg).data("ackSvg", ackSvg)
                            .data("rate", AckChart.rate(steps, locale)).data("decisions", decisions(actions, locale))
                            .data("levelLabel", Labels.level(view.warning().level().name(), locale)).setLocale(locale);
                });
    }

    /** A decision as the timeline lists it. */
    public record Decision(String at, String type, String level, String actor, String reason) {
    }

    private static List<Decision> decisions(List<WarningDetail.Action> actions, Locale locale) {
        return actions.stream().map(a -> new Decision(ConsoleViews.time(a.at()), a.type(), Labels.level(a.level(), locale),
                a.actor(), a.reason())).toList();
    }

    private static List<AqiChart.Mark> marks(EpisodeTimeline.TimelineView view, List<WarningDetail.Action> actions, Locale locale) {
        List<AqiChart.Mark> marks = new ArrayList<>();
        for (EventView e : view.events()) {
            if (EventType.PROPOSED.name().equals(e.type())) {
                marks.add(new AqiChart.Mark(e.at().toInstant(), "PROPOSED " + ConsoleViews.time(e.at()), "#1e63d6"));
            }
        }
        for (WarningDetail.Action a : actions) {
            marks.add(new AqiChart.Mark(a.at().toInstant(), a.type() + " " + Labels.level(a.level(), locale) + " · " + a.actor(),
                    Labels.levelColor(a.level())));
        }
        return marks;
    }

    /** The level in force from each action to the next: the strip along the chart's top. */
    private static List<AqiChart.Band> bands(List<WarningDetail.Action> actions, Instant end, Locale locale) {
        List<AqiChart.Band> bands = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            WarningDetail.Action a = actions.get(i);
            Instant from = (a.effectiveFrom() != null ? a.effectiveFrom() : a.at()).toInstant();
            Instant to = i + 1 < actions.size() ? actions.get(i + 1).at().toInstant() : end;
            if ("NONE".equals(a.level()) || !to.isAfter(from)) {
                continue;
            }
            bands.add(new AqiChart.Band(from, to, Labels.level(a.level(), locale), Labels.levelColor(a.level())));
        }
        return bands;
    }

    /** Each order's issue and acknowledgement (or confirmation), from the warning's events. */
    private static List<AckChart.Order> orders(List<EventView> events) {
        Map<String, Instant> issued = new HashMap<>();
        Map<String, Instant> acked = new HashMap<>();
        for (EventView e : events) {
            if (e.directiveId() == null || issued.size() > ORDERS_CHARTED) {
                continue;
            }
            if (EventType.DIRECTIVE_ISSUED.name().equals(e.type())) {
                issued.putIfAbsent(e.directiveId(), e.at().toInstant());
            } else if (EventType.DIRECTIVE_ACKNOWLEDGED.name().equals(e.type())
                    || EventType.DIRECTIVE_CONFIRMED.name().equals(e.type())) {
                acked.putIfAbsent(e.directiveId(), e.at().toInstant());
            }
        }
        List<AckChart.Order> orders = new ArrayList<>();
        issued.forEach((id, at) -> orders.add(new AckChart.Order(at, acked.get(id))));
        return orders;
    }

    private static String local(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // "2026-11-29T08:00" from a datetime-local field: Beijing time
        return text.length() == 16 ? text + ":00+08:00" : text;
    }
}
