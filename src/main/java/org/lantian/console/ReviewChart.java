package org.lantian.console;

import java.util.List;

import org.lantian.compliance.ListReview;

/**
 * The list execution review as an SVG: one band per pollutant, in each a pair of bars per county — achieved (green)
 * and promised (grey) tonnes — scaled to the band's largest value. A county not measured has no green bar.
 */
final class ReviewChart {

    static final int WIDTH = 720;
    private static final int BAND = 110;
    private static final int LEFT = 56;
    private static final int RIGHT = 10;
    private static final int TOP = 18;
    private static final int BOTTOM = 18;
    private static final String[] POLLUTANTS = {"SO₂", "NOx", "PM", "VOCs"};
    static final String ACHIEVED = "#00a040";
    static final String PROMISED = "#9aa3ad";

    private ReviewChart() {
    }

    static String svg(List<ListReview.CountyReview> counties, String title) {
        int height = POLLUTANTS.length * BAND;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart review-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(AqiChart.escape(title))
                .append("\">");
        int n = Math.max(1, counties.size());
        double group = (WIDTH - LEFT - RIGHT) / (double) n;
        double bar = Math.max(1, Math.min(24, group * 0.35));
        for (int p = 0; p < POLLUTANTS.length; p++) {
            double top = p * BAND + TOP;
            double bottom = (p + 1) * BAND - BOTTOM;
            double max = 0;
            for (ListReview.CountyReview c : counties) {
                max = Math.max(max, Math.max(of(c.achieved(), p), of(c.promised(), p)));
            }
            double scale = max > 0 ? (bottom - top) / max : 0;
            svg.append("<g class=\"pollutant\" data-pollutant=\"").append(POLLUTANTS[p]).append("\">");
            svg.append("<text x=\"2\" y=\"").append(AqiChart.num(top - 4)).append("\" font-size=\"11\" font-weight=\"bold\">")
                    .append(POLLUTANTS[p]).append("</text>");
            svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(AqiChart.num(top + 8))
                    .append("\" font-size=\"9\" text-anchor=\"end\">").append(tonnes(max)).append("</text>");
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(AqiChart.num(bottom))
                    .append("\" y2=\"").append(AqiChart.num(bottom)).append("\" stroke=\"#5b6470\" stroke-width=\"1\"/>");
            for (int i = 0; i < counties.size(); i++) {
                ListReview.CountyReview c = counties.get(i);
                double x = LEFT + group * i + group / 2;
                if (c.achieved() != null) {
                    rect(svg, "achieved", x - bar, bottom, of(c.achieved(), p) * scale, bar, ACHIEVED,
                            c.countyCode() + " " + POLLUTANTS[p] + " achieved " + tonnes(of(c.achieved(), p)) + " t");
                }
                rect(svg, "promised", x, bottom, of(c.promised(), p) * scale, bar, PROMISED,
                        c.countyCode() + " " + POLLUTANTS[p] + " promised " + tonnes(of(c.promised(), p)) + " t");
                svg.append("<text x=\"").append(AqiChart.num(x)).append("\" y=\"").append(AqiChart.num(bottom + 12))
                        .append("\" font-size=\"9\" text-anchor=\"middle\">").append(AqiChart.escape(c.countyCode())).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, String kind, double x, double bottom, double h, double w, String colour, String tip) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(AqiChart.num(x)).append("\" y=\"")
                .append(AqiChart.num(bottom - h)).append("\" width=\"").append(AqiChart.num(w)).append("\" height=\"")
                .append(AqiChart.num(h)).append("\" fill=\"").append(colour).append("\"><title>").append(AqiChart.escape(tip))
                .append("</title></rect>");
    }

    static double of(ListReview.Tonnes t, int pollutant) {
        if (t == null) {
            return 0;
        }
        return switch (pollutant) {
            case 0 -> t.so2();
            case 1 -> t.nox();
            case 2 -> t.pm();
            default -> t.vocs();
        };
    }

    static String tonnes(double t) {
        return String.format(java.util.Locale.ROOT, t >= 100 ? "%.0f" : t >= 1 ? "%.2f" : "%.4f", t);
    }
}
