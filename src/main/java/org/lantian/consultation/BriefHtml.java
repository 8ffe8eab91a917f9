package org.lantian.consultation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.lantian.consultation.Brief.BriefSummary;
import org.lantian.consultation.Brief.ForecastAsKnown;
import org.lantian.consultation.Brief.RegionBrief;
import org.lantian.directive.DirectiveView;
import org.lantian.directive.OrderCounts;
import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.RegionAqiQueries.RegionDayAqi;
import org.lantian.monitoring.RegionAqiQueries.RegionHourAqi;
import org.lantian.warning.ProposalView;
import org.lantian.warning.Warning;

/** The consultation brief as one printable HTML page (A4 landscape, no scripts, no external resources). */
final class BriefHtml {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> LEVEL_ZH = Map.of("NONE", "无", "BLUE", "蓝色", "YELLOW", "黄色",
            "ORANGE", "橙色", "RED", "红色");
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:12px;margin:16px;color:#111}
            h1{font-size:18px;margin:0 0 4px}h2{font-size:14px;margin:16px 0 4px;page-break-after:avoid}
            table{border-collapse:collapse;width:100%;margin-bottom:8px}th,td{border:1px solid #999;padding:2px 4px;text-align:left;vertical-align:top}
            th{background:#eee}.n{text-align:right}.muted{color:#666}.lv-BLUE{background:#cfe2ff}.lv-YELLOW{background:#fff3b0}
            .lv-ORANGE{background:#ffd8a8}.lv-RED{background:#ffb3b3}section{page-break-inside:avoid}
            @page{size:A4 landscape;margin:10mm}@media print{body{margin:0}}
            """;

    private BriefHtml() {
    }

    static String render(Brief brief) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>重污染天气会商简报 ")
                .append(esc(brief.date())).append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>重污染天气会商简报 · Consultation brief ").append(esc(brief.date())).append("</h1>");
        h.append("<p class=\"muted\">截至 As of ").append(time(brief.asOf()))
                .append(brief.wholeDay() ? "（全天 whole day）" : "（当日未结束 day not over）").append("</p>");
        BriefSummary s = brief.summary();
        h.append("<table><tr><th>最高有效预警级别 Highest level</th><th>生效预警 Active warnings</th><th>待决建议 Open proposals</th>")
                .append("<th>24小时指令 Orders (24 h)</th><th>已签收 Acknowledged</th><th>签收率 Ack rate</th><th>超时 Overdue</th>")
                .append("<th>疑似违规（未结/全部）Findings open/all</th></tr><tr>")
                .append(levelCell(s.highestEffectiveLevel())).append(num(s.activeWarnings())).append(num(s.openProposals()))
                .append(num(s.orders().total())).append(num(s.orders().acknowledged())).append(td(rate(s.orders().ackRate())))
                .append(num(s.overdueOrders())).append(td(s.findings().open() + " / " + s.findings().total())).append("</tr></table>");

        List<RegionBrief> regions = brief.regions();
        h.append("<h2>各区县概况 Regions</h2><table><tr><th>区县 Region</th><th>最新小时AQI Latest hour</th><th>24h最高 Max</th>")
                .append("<th>日AQI Daily</th><th>最新预报 Forecast</th><th>有效级别 Effective</th><th>生效预警 Warnings</th>")
                .append("<th>待决建议 Proposals</th><th>指令/签收 Orders/acked</th><th>超时 Overdue</th><th>疑似违规 Findings</th></tr>");
        for (RegionBrief r : regions) {
            List<RegionHourAqi> hours = r.aqiLast24h();
            RegionHourAqi last = hours.isEmpty() ? null : hours.get(hours.size() - 1);
            Integer max = hours.stream().map(RegionHourAqi::aqi).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
            RegionDayAqi daily = r.dailyAqi();
            OrderCounts orders = r.orders();
            h.append("<tr><td>").append(esc(r.name())).append(" <span class=\"muted\">").append(esc(r.regionCode()))
                    .append("</span></td>")
                    .append(td(last == null ? "—" : last.aqi() + " " + nz(last.category()) + " (" + hour(last.hour()) + ")"))
                    .append(td(max == null ? "—" : max.toString()))
                    .append(td(daily == null ? "未结束 not closed" : daily.aqi() + " " + nz(daily.category())))
                    .append(td(forecast(r.latestForecast())))
                    .append(levelCell(r.effectiveLevel().level()))
                    .append(td(warnings(r.activeWarnings())))
                    .append(num(r.openProposals().size()))
                    .append(td(orders.total() + " / " + orders.acknowledged() + " (" + rate(orders.ackRate()) + ")"))
                    .append(num(r.overdueCount())).append(td(r.findings().open() + " / " + r.findings().total())).append("</tr>");
        }
        h.append("</table>");

        h.append("<h2>近24小时AQI Hourly AQI, last 24 h</h2><table><tr><th>区县 Region</th>");
        List<RegionHourAqi> reference = regions.stream().map(RegionBrief::aqiLast24h)
                .max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        reference.forEach(x -> h.append("<th>").append(hour(x.hour())).append("</th>"));
        h.append("</tr>");
        if (reference.isEmpty()) {
            h.append("<tr><td class=\"muted\">近24小时无小时AQI数据 No hourly AQI in the last 24 h</td></tr>");
        }
        for (RegionBrief r : reference.isEmpty() ? List.<RegionBrief>of() : regions) {
            Map<Object, RegionHourAqi> byHour = new java.util.HashMap<>();
            r.aqiLast24h().forEach(x -> byHour.put(hour(x.hour()), x));
            h.append("<tr><td>").append(esc(r.name())).append("</td>");
            for (RegionHourAqi ref : reference) {
                RegionHourAqi x = byHour.get(hour(ref.hour()));
                h.append("<td class=\"n\">").append(x == null || x.aqi() == null ? "—" : x.aqi()).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");

        for (RegionBrief r : regions) {
            List<ProposalView> proposals = r.openProposals();
            List<DirectiveView> overdue = r.overdueOrders();
            if (proposals.isEmpty() && overdue.isEmpty()) {
                continue;
            }
            h.append("<section><h2>").append(esc(r.name())).append(" ").append(esc(r.regionCode())).append("</h2>");
            for (ProposalView p : proposals) {
                h.append("<p><b>建议 Proposal ").append(esc(p.id())).append("</b>: ")
                        .append(esc(LEVEL_ZH.getOrDefault(String.valueOf(p.level()), String.valueOf(p.level()))))
                        .append(" (").append(esc(p.kind())).append(", ").append(esc(p.ruleSet())).append(", ")
                        .append(time(p.createdAt())).append(")</p><ul>");
                p.reasons().forEach(reason -> h.append("<li>").append(esc(reason.condition())).append("</li>"));
                h.append("</ul>");
            }
            if (!overdue.isEmpty()) {
                h.append("<table><tr><th>超时指令 Overdue order</th><th>对象 Subject</th><th>类型 Kind</th><th>级别 Level</th>")
                        .append("<th>签收期限 Deadline</th><th>已上报 Escalated</th></tr>");
                for (DirectiveView o : overdue) {
                    h.append("<tr>").append(td(o.directiveId())).append(td(o.subject())).append(td(o.kind()))
                            .append(td(o.level() + " " + o.action())).append(td(time(o.ackDeadline())))
                            .append(td(o.escalatedAt() != null ? "是 yes" : "否 no")).append("</tr>");
                }
                h.append("</table>");
            }
            h.append("</section>");
        }
        h.append("<p class=\"muted\">Lantian 蓝天 · 数据来自事件日志与监测库 · JSON: ?format=json</p></body></html>");
        return h.toString();
    }

    private static String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "—";
        }
        StringBuilder s = new StringBuilder();
        for (Warning w : warnings) {
            s.append(s.isEmpty() ? "" : "; ").append(LEVEL_ZH.getOrDefault(String.valueOf(w.level()), "?"))
                    .append(" ").append(w.id());
        }
        return s.toString();
    }

    private static String forecast(ForecastAsKnown f) {
        if (f == null) {
            return "—";
        }
        int max = -1;
        for (Forecast.Period p : f.periods()) {
            max = Math.max(max, p.aqi() == null ? -1 : p.aqi().intValue());
        }
        return "max " + (max < 0 ? "—" : max) + " (" + time(f.issuedAt()) + ")";
    }

    private static String levelCell(Object level) {
        String l = String.valueOf(level);
        return "<td class=\"lv-" + esc(l) + "\">" + esc(LEVEL_ZH.getOrDefault(l, l)) + " " + esc(l) + "</td>";
    }

    private static String rate(Object rate) {
        return rate == null ? "—" : Math.round(((Number) rate).doubleValue() * 1000) / 10.0 + "%";
    }

    private static String td(Object text) {
        return "<td>" + esc(text) + "</td>";
    }

    private static String num(Object n) {
        return "<td class=\"n\">" + esc(n) + "</td>";
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String hour(Object t) {
        return t instanceof OffsetDateTime o ? o.atZoneSameInstant(ConsultationBrief.ZONE).format(HOUR) : nz(t);
    }

    private static String time(Object t) {
        // records show times as stored; the page shows them in Asia/Shanghai
        return t instanceof OffsetDateTime o ? o.atZoneSameInstant(ConsultationBrief.ZONE).format(TIME) : esc(t);
    }

    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
