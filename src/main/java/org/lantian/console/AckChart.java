package org.lantian.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An episode's orders over time as an SVG: how many had been issued and how many acknowledged at each moment (steps),
 * and the acknowledgement rate reached at the end.
 */
final class AckChart {

    /** One order's life: issued, and acknowledged (or confirmed) if it was. */
    record Order(Instant issued, Instant acknowledged) {
    }

    /** The counts after each change, in time order. */
    record Step(Instant at, int issued, int acknowledged) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 160;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private AckChart() {
    }

    static List<Step> steps(List<Order> orders) {
        List<long[]> changes = new ArrayList<>();
        for (Order o : orders) {
            changes.add(new long[] {o.issued().toEpochMilli(), 1, 0});
            if (o.acknowledged() != null) {
                changes.add(new long[] {o.acknowledged().toEpochMilli(), 0, 1});
            }
        }
        changes.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Step> steps = new ArrayList<>();
        int issued = 0;
        int acked = 0;
        for (long[] c : changes) {
            issued += (int) c[1];
            acked += (int) c[2];
            Instant at = Instant.ofEpochMilli(c[0]);
            if (!steps.isEmpty() && steps.get(steps.size() - 1).at().equals(at)) {
                steps.set(steps.size() - 1, new Step(at, issued, acked));
            } else {
                steps.add(new Step(at, issued, acked));
            }
        }
        return steps;
    }

    static String svg(List<Step> steps, Instant from, Instant to, String title, ZoneId zone) {
        int max = Math.max(1, steps.isEmpty() ? 0 : steps.get(steps.size() - 1).issued());
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        StringBuilder issued = new StringBuilder();
        StringBuilder acked = new StringBuilder();
        double lastIssued = y(0, max);
        double lastAcked = y(0, max);
        issued.append(AqiChart.num(LEFT)).append(',').append(AqiChart.num(lastIssued));
        acked.append(AqiChart.num(LEFT)).append(',').append(AqiChart.num(lastAcked));
        for (Step s : steps) {
            double x = LEFT + Math.max(0, Math.min(1, (s.at().toEpochMilli() - from.toEpochMilli()) / span)) * (WIDTH - LEFT - RIGHT);
            issued.append(' ').append(AqiChart.num(x)).append(',').append(AqiChart.num(lastIssued));
            acked.append(' ').append(AqiChart.num(x)).append(',').append(AqiChart.num(lastAcked));
            lastIssued = y(s.issued(), max);
            lastAcked = y(s.acknowledged(), max);
            issued.append(' ').append(AqiChart.num(x)).append(',').append(AqiChart.num(lastIssued));
            acked.append(' ').append(AqiChart.num(x)).append(',').append(AqiChart.num(lastAcked));
        }
        issued.append(' ').append(AqiChart.num(WIDTH - RIGHT)).append(',').append(AqiChart.num(lastIssued));
        acked.append(' ').append(AqiChart.num(WIDTH - RIGHT)).append(',').append(AqiChart.num(lastAcked));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ack-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(AqiChart.escape(title))
                .append("\">");
        svg.append("<polyline class=\"issued\" fill=\"none\" stroke=\"#5b6470\" stroke-width=\"2\" points=\"").append(issued)
                .append("\"/>");
        svg.append("<polyline class=\"acknowledged\" fill=\"none\" stroke=\"#00a040\" stroke-width=\"2\" points=\"").append(acked)
                .append("\"/>");
        svg.append("<text x=\"2\" y=\"").append(TOP + 8).append("\" font-size=\"10\">").append(max).append("</text>");
        svg.append("<text x=\"2\" y=\"").append(HEIGHT - BOTTOM).append("\" font-size=\"10\">0</text>");
        for (int i = 0; i <= 3; i++) {
            Instant t = Instant.ofEpochMilli(from.toEpochMilli() + (long) (span * i / 3));
            double x = LEFT + (WIDTH - LEFT - RIGHT) * i / 3.0;
            svg.append("<text x=\"").append(AqiChart.num(x)).append("\" y=\"").append(HEIGHT - 6)
                    .append("\" font-size=\"10\" text-anchor=\"").append(i == 0 ? "start" : i == 3 ? "end" : "middle").append("\">")
                    .append(TICK.format(t.atZone(zone))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double y(int count, int max) {
        return TOP + (1 - (double) count / max) * (HEIGHT - TOP - BOTTOM);
    }

    static String rate(List<Step> steps, Locale locale) {
        if (steps.isEmpty()) {
            return "—";
        }
        Step last = steps.get(steps.size() - 1);
        return Math.round(1000.0 * last.acknowledged() / last.issued()) / 10.0 + " %";
    }
}
