package org.lantian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Orders issued and acknowledged over time, counted by hand. */
class AckChartTest {

    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

    @Test
    void eachMomentCountsWhatWasIssuedAndAcknowledgedByThen() {
        List<AckChart.Step> steps = AckChart.steps(List.of(
                new AckChart.Order(T0, T0.plusSeconds(600)),
                new AckChart.Order(T0, null),
                new AckChart.Order(T0.plusSeconds(60), T0.plusSeconds(600))));
        assertThat(steps).containsExactly(
                new AckChart.Step(T0, 2, 0),
                new AckChart.Step(T0.plusSeconds(60), 3, 0),
                new AckChart.Step(T0.plusSeconds(600), 3, 2));
        assertThat(AckChart.rate(steps, Locale.CHINESE)).isEqualTo("66.7 %");
    }

    @Test
    void noOrdersNoRate() {
        assertThat(AckChart.rate(AckChart.steps(List.of()), Locale.ENGLISH)).isEqualTo("—");
    }
}
