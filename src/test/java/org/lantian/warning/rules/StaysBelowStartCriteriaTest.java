package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The downgrade gate: from a time, the forecast must cover the whole window with AQI at or
 * below the lowest "above" threshold of the current level; gaps and short coverage fail.
 */
class StaysBelowStartCriteriaTest {

    @ParameterizedTest(name = "{0} {1} → ≤ {2}")
    @CsvSource(delimiter = '|', textBlock = """
        national-2019       | YELLOW | 150
        national-2019       | ORANGE | 150
        national-2019       | RED    | 200
        shanxi-2017         | YELLOW | 200
        shanxi-2017         | ORANGE | 200
        shanxi-2017         | RED    | 200
        linfen-city-example | BLUE   | 150
        linfen-city-example | RED    | 200
        national-2019       | BLUE   | 150
        """)
    void releaseThresholdIsTheLowestAboveThresholdOfTheLevel(String set, WarningLevel level, int threshold) {
        assertThat(Hysteresis.releaseThreshold(RuleSets.bundled().byId(set), level)).isEqualTo(threshold);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                     | set           | current | forecast                 | from | hours | expected
        36 h at exactly 150 is below orange        | national-2019 | ORANGE  | 48h:150                  | 0    | 36    | true
        one hour at 151 inside the window fails    | national-2019 | ORANGE  | 35h:150 13h:151          | 0    | 36    | false
        what follows the window does not matter    | national-2019 | ORANGE  | 36h:150 12h:300          | 0    | 36    | true
        a gap inside the window fails              | national-2019 | ORANGE  | 24h:140 gap:1h 24h:140   | 0    | 36    | false
        a forecast shorter than the window fails   | national-2019 | ORANGE  | 30h:140                  | 0    | 36    | false
        starting mid-period counts the remainder   | national-2019 | ORANGE  | 48h:140                  | 12   | 36    | true
        35 h left is not enough                    | national-2019 | ORANGE  | 48h:140                  | 13   | 36    | false
        uncovered time before the first period     | national-2019 | ORANGE  | @2-50:140                | 0    | 36    | false
        hourly periods across the window           | national-2019 | YELLOW  | 40x1h:120                | 0    | 36    | true
        yellow also releases at 150                | national-2019 | YELLOW  | 48h:160                  | 0    | 36    | false
        red releases at 200                        | national-2019 | RED     | 48h:200                  | 0    | 36    | true
        red does not release at 201                | national-2019 | RED     | 48h:201                  | 0    | 36    | false
        shanxi yellow releases at 200              | shanxi-2017   | YELLOW  | 48h:200                  | 0    | 36    | true
        city blue releases at 150                  | linfen-city-example | BLUE | 24h:150 24h:120     | 0    | 36    | true
        city blue does not release at 151          | linfen-city-example | BLUE | 24h:151 24h:120     | 0    | 36    | false
        a finer period inside overrides            | national-2019 | ORANGE  | 48h:140 @10-11:180       | 0    | 36    | false
        a coarse period can cover a gap           | national-2019 | ORANGE  | 20h:140 gap:4h 24h:140 @0-48:150 | 0 | 36 | true
        fractional windows work                    | national-2019 | ORANGE  | 1.5h:140                 | 0    | 1.5   | true
        """)
    void judgesTheWindow(String name, String set, WarningLevel current, String forecast, double from, double hours,
                         boolean expected) {
        boolean result = Hysteresis.staysBelowStartCriteria(RuleSets.bundled().byId(set), current,
                Forecasts.parse(forecast), Forecasts.at(from), Duration.ofSeconds(Math.round(hours * 3600)));

        assertThat(result).isEqualTo(expected);
    }

    @Test
    void noneHasNoStartCriteria() {
        assertThatThrownBy(() -> Hysteresis.staysBelowStartCriteria(RuleSets.bundled().byId("national-2019"),
                WarningLevel.NONE, Forecasts.parse("48h:100"), Forecasts.T0, Duration.ofHours(36)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NONE");
    }
}
