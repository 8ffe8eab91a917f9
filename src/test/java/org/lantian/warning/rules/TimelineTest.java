package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Building the timeline: gaps stay gaps, overlaps resolve to the shortest covering period
 * (ties → higher AQI, then pollutant code), pollutants travel with their AQI, order is irrelevant.
 */
class TimelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                  | forecast                                 | segments
        consecutive hours with one value merge  | 24x1h:210                                | 0-24:210/PM2.5
        a gap stays a gap                       | 24h:210 gap:6h 24h:190                   | 0-24:210/PM2.5 30-54:190/PM2.5
        a finer block refines a coarser day     | 3x24h:210 @30-36:140/O3                  | 0-30:210/PM2.5 30-36:140/O3 36-72:210/PM2.5
        nested overlaps take the innermost      | @0-72:150 @24-48:250 @30-31:100          | 0-24:150/PM2.5 24-30:250/PM2.5 30-31:100/PM2.5 31-48:250/PM2.5 48-72:150/PM2.5
        equal lengths take the higher AQI       | 24h:190 @24-48:215 24h:210               | 0-24:190/PM2.5 24-48:215/PM2.5
        partial overlap of equal lengths        | @0-24:180 @12-36:220                     | 0-12:180/PM2.5 12-36:220/PM2.5
        full tie is broken by pollutant code    | @0-24:210/PM2.5 @0-24:210/O3             | 0-24:210/O3
        pollutant spellings are normalised      | 12h:210/pm25 12h:210/PM2_5               | 0-24:210/PM2.5
        a coarse period fills around hours      | @0-24:180 @6-7:250 @7-8:240              | 0-6:180/PM2.5 6-7:250/PM2.5 7-8:240/PM2.5 8-24:180/PM2.5
        """)
    void resolvesSegments(String name, String forecast, String expected) {
        assertThat(render(Timeline.of(Forecasts.parse(forecast)))).isEqualTo(expected);
    }

    @Test
    void inputOrderDoesNotChangeTheTimelineOrTheEvaluation() {
        List<Period> periods = Forecasts.parse("@0-72:150 @24-48:250 @30-31:100 6x6h:180/O3 @12-13:320 gap:3h 24x1h:205");
        RuleSet national = RuleSets.bundled().byId("national-2019");
        String timeline = render(Timeline.of(periods));
        Evaluation evaluation = WarningEvaluator.evaluate(national, periods);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Period> shuffled = new ArrayList<>(periods);
            Collections.shuffle(shuffled, random);
            assertThat(render(Timeline.of(shuffled))).isEqualTo(timeline);
            assertThat(WarningEvaluator.evaluate(national, shuffled)).isEqualTo(evaluation);
        }
    }

    @Test
    void noPeriodsGiveAnEmptyTimelineAndNoWarning() {
        assertThat(Timeline.of(List.of()).segments()).isEmpty();
        Evaluation evaluation = WarningEvaluator.evaluate(RuleSets.bundled().byId("national-2019"), List.of());
        assertThat(evaluation.level()).isEqualTo(WarningLevel.NONE);
        assertThat(evaluation.reasons()).isEmpty();
    }

    @Test
    void aPeriodMustEndAfterItStarts() {
        assertThatThrownBy(() -> new Period(Forecasts.at(1), Forecasts.at(1), 100, "PM2.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
    }

    private static String render(Timeline timeline) {
        return timeline.segments().stream()
                .map(s -> Forecasts.hoursFromT0(s.from()) + "-" + Forecasts.hoursFromT0(s.to()) + ":" + s.aqi()
                        + "/" + s.primaryPollutant())
                .collect(Collectors.joining(" "));
    }
}
