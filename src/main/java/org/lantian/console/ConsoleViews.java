package org.lantian.console;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lantian.aqi.AqiCategory;
import org.lantian.directive.DirectiveMeasure;
import org.lantian.directive.DirectiveView;
import org.lantian.warning.AdequacySummary;
import org.lantian.warning.ProposalView;
import org.lantian.warning.rules.Reason;

/** What the console's panels show, in the words and colours of the console's language. */
final class ConsoleViews {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private ConsoleViews() {
    }

    /** A county (or the city) on the duty officer's grid. */
    record RegionTile(String code, String name, boolean city, Integer aqi, String category, String color, boolean darkText,
                      String hour, String level, String levelLabel, String levelColor, Integer forecastMax,
                      String forecastColor, String forecastWhen, boolean actionable) {
    }

    /** One pollutant of the reduction-list check: the share required and the share the list gives. */
    record AdequacyLine(String pollutant, double percent, int requiredPercent, boolean meets, double shortfall) {
    }

    record ProposalCard(String id, String regionCode, String regionName, String level, String levelLabel, String levelColor,
                        String kind, String created, List<String> reasons, List<AdequacyLine> adequacy, Boolean adequate,
                        boolean actionable) {
    }

    record WarningCard(String id, String regionCode, String regionName, String level, String levelLabel, String levelColor,
                       String since, int version, String issuedBy, long total, long acknowledged, long overdue,
                       boolean actionable) {
    }

    record MeasureRow(String line, String process, String action, String limit, String indicator, String description) {
    }

    record OrderRow(String id, String kind, String subject, String regionCode, String level, String levelLabel,
                    String levelColor, String action, String effectiveFrom, String deadline, String deadlineIso,
                    String state, boolean overdue, boolean open, List<MeasureRow> measures) {
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : SHORT.format(t.atZoneSameInstant(ZONE));
    }

    static RegionTile tile(String code, String name, boolean city, Integer aqi, OffsetDateTime hour, String level,
                           Integer forecastMax, OffsetDateTime forecastFrom, boolean actionable, Locale locale) {
        AqiCategory category = aqi == null ? null : AqiCategory.of(aqi);
        AqiCategory forecast = forecastMax == null ? null : AqiCategory.of(forecastMax);
        return new RegionTile(code, name, city, aqi, category == null ? null : Labels.category(category, locale),
                category == null ? "#f0f0f0" : category.color(),
                category == null || category.level() <= 3,
                time(hour), level == null ? "NONE" : level, Labels.level(level, locale), Labels.levelColor(level), forecastMax,
                forecast == null ? "#f0f0f0" : forecast.color(), time(forecastFrom), actionable);
    }

    static ProposalCard proposal(ProposalView p, String regionName, boolean actionable, Locale locale) {
        List<String> reasons = new ArrayList<>();
        if (p.reasons() != null) {
            for (Reason r : p.reasons()) {
                reasons.add(reason(r, locale));
            }
        }
        List<AdequacyLine> lines = new ArrayList<>();
        Boolean adequate = null;
        AdequacySummary a = p.adequacy();
        if (a != null) {
            adequate = a.meets();
            for (AdequacySummary.PollutantCut line : a.pollutants()) {
                lines.add(new AdequacyLine(line.pollutant().name(), round(line.percent()), a.requiredPercent(), line.meets(),
                        round(line.shortfallTonnes())));
            }
        }
        return new ProposalCard(p.id(), p.regionCode(), regionName, p.level(), Labels.level(p.level(), locale),
                Labels.levelColor(p.level()), p.kind(), time(p.createdAt()), reasons, lines, adequate, actionable);
    }

    private static String reason(Reason r, Locale locale) {
        String condition = r.condition() == null ? "" : r.condition();
        if (r.run() == null) {
            return condition;
        }
        String hours = String.valueOf(r.run().hours());
        String max = String.valueOf(r.run().maxAqi());
        return Labels.english(locale)
                ? condition + ": " + hours + " h, AQI up to " + max
                : condition + "：持续" + hours + "小时，AQI最高" + max;
    }

    static OrderRow order(DirectiveView d, OffsetDateTime now, Locale locale) {
        boolean open = d.ackedAt() == null && d.confirmedAt() == null;
        boolean overdue = open && d.ackDeadline() != null && d.ackDeadline().isBefore(now);
        String state = d.ackedAt() != null ? "ACKNOWLEDGED" : d.confirmedAt() != null ? "CONFIRMED" : overdue ? "OVERDUE" : "PENDING";
        List<MeasureRow> measures = new ArrayList<>();
        if (d.measures() != null) {
            for (DirectiveMeasure m : d.measures()) {
                measures.add(new MeasureRow(text(m.line()), text(m.process()), text(m.action()),
                        m.limitPercent() != null ? m.limitPercent() + " %" : "", text(m.indicator()), text(m.description())));
            }
        }
        return new OrderRow(d.directiveId(), d.kind(), d.subject(), d.regionCode(), d.level(), Labels.level(d.level(), locale),
                Labels.levelColor(d.level()), d.action(), time(d.effectiveFrom()), time(d.ackDeadline()),
                d.ackDeadline() == null ? "" : d.ackDeadline().toString(), state, overdue, open, measures);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
