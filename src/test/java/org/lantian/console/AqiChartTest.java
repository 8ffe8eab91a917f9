package org.lantian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The chart's scale and what it draws, against coordinates worked out by hand. */
class AqiChartTest {

    private static final Instant FROM = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void theScaleShowsUpTo300WhenTheDataStayBelow() {
        AqiChart chart = new AqiChart(FROM, TO, 180);
        // plot height 240 - 10 - 24 = 206; AQI 150 is half-way: 10 + 103
        assertThat(chart.y(150)).isEqualTo(113.0);
        assertThat(chart.y(300)).isEqualTo(10.0);
        assertThat(chart.y(0)).isEqualTo(216.0);
    }

    @Test
    void theScaleGrowsToTheNextFiftyAboveThreeHundred() {
        AqiChart chart = new AqiChart(FROM, TO, 333);
        // top becomes 350: AQI 350 at the top, 175 half-way
        assertThat(chart.y(350)).isEqualTo(10.0);
        assertThat(chart.y(175)).isEqualTo(113.0);
    }

    @Test
    void timeRunsLeftToRightAcrossThePlot() {
        AqiChart chart = new AqiChart(FROM, TO, 100);
        // plot width 720 - 40 - 10 = 670; one day of three is 223.33
        assertThat(chart.x(FROM)).isEqualTo(40.0);
        assertThat(chart.x(Instant.parse("2026-11-28T00:00:00Z"))).isCloseTo(263.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(chart.x(TO)).isEqualTo(710.0);
    }

    @Test
    void observedHoursBecomeOneLineAndForecastPeriodsDashedSteps() {
        AqiChart chart = new AqiChart(FROM, TO, 200);
        String svg = chart.svg(List.of(new AqiChart.Point(FROM, 150), new AqiChart.Point(TO, 0)),
                List.of(new AqiChart.Step(FROM, TO, 300)), List.of(new AqiChart.Mark(FROM, "ISSUED <ORANGE>", "#ff7e00")),
                "古县 AQI", ZoneId.of("Asia/Shanghai"), Locale.CHINESE);
        assertThat(svg).contains("points=\"40.0,113.0 710.0,216.0\"");
        assertThat(svg).contains("stroke-dasharray=\"6 4\" x1=\"40.0\" x2=\"710.0\" y1=\"10.0\" y2=\"10.0\"");
        assertThat(svg).contains("<title>ISSUED &lt;ORANGE&gt;</title>");
        // the six categories' bands, 优 green first
        assertThat(svg).contains("fill=\"#00E400\"").contains("fill=\"#99004C\"").doesNotContain("fill=\"#7E0023\"");
    }
}
