package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The city example adds an advisory BLUE level (AQI > 150 for ≥ 24 h) below national-2019's
 * levels; above BLUE it agrees with national-2019.
 */
class CityBlueLevelTest {

    private static final RuleSet CITY = RuleSets.bundled().byId("linfen-city-example");
    private static final RuleSet NATIONAL = RuleSets.bundled().byId("national-2019");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                   | forecast              | city   | national | cause | mandatory | reasons
        a day above 150 is blue                  | 24h:151               | BLUE   | NONE     | PM2.5 | false | AQI > 150 for ≥ 24 h: 0-24h max 151
        exactly 150 is not above 150             | 24h:150               | NONE   | NONE     | -     | false | ''
        23 h above 150 is not a day              | 23x1h:180             | NONE   | NONE     | -     | false | ''
        a gap breaks the day                     | 12h:180 gap:1h 12h:180 | NONE  | NONE     | -     | false | ''
        36 h of hourly 160-190 is blue           | 18x1h:160 18x1h:190   | BLUE   | NONE     | PM2.5 | false | AQI > 150 for ≥ 24 h: 0-36h max 190
        ozone blue is advisory too               | 24h:170/O3            | BLUE   | NONE     | O3    | false | AQI > 150 for ≥ 24 h: 0-24h max 170
        a day above 200 is yellow in both        | 24h:201               | YELLOW | YELLOW   | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-24h max 201
        48 h above 150 is yellow in both         | 2x24h:180             | YELLOW | YELLOW   | PM2.5 | true  | AQI > 150 for ≥ 48 h: 0-48h max 180
        orange and red are unchanged             | 24h:250 24h:320 24h:250 | RED  | RED      | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-72h max 320; AQI > 300 for ≥ 24 h: 24-48h max 320
        """)
    void evaluatesShape(String name, String forecast, WarningLevel city, WarningLevel national, String cause,
                        boolean mandatory, String reasons) {
        Evaluation evaluation = WarningEvaluator.evaluate(CITY, Forecasts.parse(forecast));

        assertThat(evaluation.level()).as("city level").isEqualTo(city);
        assertThat(Forecasts.summary(evaluation.reasons())).as("reasons").isEqualTo(reasons);
        assertThat(evaluation.cause()).as("cause").isEqualTo(cause);
        assertThat(evaluation.mandatory()).as("mandatory").isEqualTo(mandatory);
        assertThat(WarningEvaluator.evaluate(NATIONAL, Forecasts.parse(forecast)).level())
                .as("national level").isEqualTo(national);
    }
}
