package org.lantian.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lantian.aqi.AqiCategory;

/**
 * A county's hourly AQI as an SVG drawn on the server: the AQI categories as coloured bands behind, the observed
 * hours as a line, the forecast periods as dashed steps, and marks (decisions) as vertical lines. No script, so it
 * prints and works without a chart library.
 */
final class AqiChart {

    /** An observed hour. */
    record Point(Instant at, int aqi) {
    }

    /** A forecast period: its AQI from one time to another. */
    record Step(Instant from, Instant to, double aqi) {
    }

    /** A moment to mark, with its label (a decision). */
    record Mark(Instant at, String label, String color) {
    }

    /** A span of time in one colour along the top: the warning level in force. */
    record Band(Instant from, Instant to, String label, String color) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 24;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final int[] BAND_TOPS = {50, 100, 150, 200, 300, 500};

    private final Instant from;
    private final Instant to;
    private final int top;

    AqiChart(Instant from, Instant to, int highest) {
        this.from = from;
        this.to = to;
        // the scale always shows up to 300 (heavily polluted), more when the data go higher
        this.top = highest <= 300 ? 300 : Math.min(500, ((highest + 49) / 50) * 50);
    }

    double x(Instant t) {
        double span = Duration.between(from, to).toSeconds();
        double at = Duration.between(from, t).toSeconds();
        return LEFT + Math.max(0, Math.min(1, at / span)) * (WIDTH - LEFT - RIGHT);
    }

    double y(double aqi) {
        double clamped = Math.max(0, Math.min(top, aqi));
        return TOP + (1 - clamped / top) * (HEIGHT - TOP - BOTTOM);
    }

    String svg(List<Point> observed, List<Step> forecast, List<Mark> marks, String title, ZoneId zone, Locale locale) {
        return svg(observed, forecast, marks, List.of(), title, zone, locale);
    }

    String svg(List<Point> observed, List<Step> forecast, List<Mark> marks, List<Band> levels, String title, ZoneId zone,
               Locale locale) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        int lower = 0;
        for (int upper : BAND_TOPS) {
            if (lower >= top) {
                break;
            }
            AqiCategory category = AqiCategory.of(Math.min(upper, top));
            svg.append(rect(LEFT, y(Math.min(upper, top)), WIDTH - LEFT - RIGHT, y(lower) - y(Math.min(upper, top)),
                    category.color(), 0.25));
            svg.append(text(2, y(Math.min(upper, top)) + 10, String.valueOf(Math.min(upper, top)), "start"));
            lower = upper;
        }
        List<String> points = new ArrayList<>();
        for (Point p : observed) {
            points.add(num(x(p.at())) + "," + num(y(p.aqi())));
        }
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"observed\" fill=\"none\" stroke=\"#1b1f24\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", points)).append("\"/>");
        }
        for (Step s : forecast) {
            svg.append("<line class=\"forecast\" stroke=\"#1e63d6\" stroke-width=\"2\" stroke-dasharray=\"6 4\" x1=\"")
                    .append(num(x(s.from()))).append("\" x2=\"").append(num(x(s.to()))).append("\" y1=\"")
                    .append(num(y(s.aqi()))).append("\" y2=\"").append(num(y(s.aqi()))).append("\"/>");
        }
        for (Mark m : marks) {
            double at = x(m.at());
            svg.append("<line class=\"mark\" stroke=\"").append(escape(m.color())).append("\" stroke-width=\"2\" x1=\"")
                    .append(num(at)).append("\" x2=\"").append(num(at)).append("\" y1=\"").append(TOP).append("\" y2=\"")
                    .append(HEIGHT - BOTTOM).append("\"><title>").append(escape(m.label())).append("</title></line>");
        }
        for (Band b : levels) {
            svg.append("<rect class=\"level\" x=\"").append(num(x(b.from()))).append("\" y=\"0\" width=\"")
                    .append(num(Math.max(1, x(b.to()) - x(b.from())))).append("\" height=\"").append(TOP - 2)
                    .append("\" fill=\"").append(escape(b.color())).append("\"><title>").append(escape(b.label()))
                    .append("</title></rect>");
        }
        for (int i = 0; i <= 3; i++) {
            Instant t = from.plus(Duration.between(from, to).multipliedBy(i).dividedBy(3));
            svg.append(text(x(t), HEIGHT - 6, TICK.format(t.atZone(zone)), i == 0 ? "start" : i == 3 ? "end" : "middle"));
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(double x, double y, double w, double h, String color, double opacity) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\""
                + color + "\" fill-opacity=\"" + opacity + "\"/>";
    }

    private static String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"10\" text-anchor=\"" + anchor + "\">" + escape(text)
                + "</text>";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
