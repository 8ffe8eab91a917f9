package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * shanxi-2017 (older criteria): yellow >200 ≥48 h; orange >200 ≥72 h; red (>200 ≥96 h and
 * >300 ≥48 h) or AQI reaches 500. Every cause is mandatory.
 */
class ShanxiRuleSetTableTest {

    private static final RuleSet SHANXI = RuleSets.bundled().byId("shanxi-2017");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                     | forecast                         | level  | cause | mandatory | reasons
        a day above 200 is not enough              | 24h:250                          | NONE   | -     | false | ''
        two days at exactly 200 are not above 200  | 2x24h:200                        | NONE   | -     | false | ''
        47 h above 200 is not enough               | 47x1h:250                        | NONE   | -     | false | ''
        48 h above 200 is yellow                   | 48h:201                          | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-48h max 201
        150-200 for days does not count            | 4x24h:190                        | NONE   | -     | false | ''
        71 h above 200 stays yellow                | 71h:250                          | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-71h max 250
        72 h above 200 is orange                   | 3x24h:250                        | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-72h max 250
        96 h above 200 without 300 stays orange    | 4x24h:250                        | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-96h max 250
        96 h above 200 with 48 h above 300 is red  | 24h:250 2x24h:320 24h:250        | RED    | PM2.5 | true  | AQI > 200 for ≥ 96 h: 0-96h max 320; AQI > 300 for ≥ 48 h: 24-72h max 320
        47 h above 300 is not red                  | 24h:250 47h:320 25h:250          | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-96h max 320
        95 h above 200 is not red                  | 23h:250 48h:320 24h:250          | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-95h max 320
        one hour at 500 is red                     | 1h:500                           | RED    | PM2.5 | true  | AQI ≥ 500: 0-1h max 500
        499 does not reach 500                     | 1h:499                           | NONE   | -     | false | ''
        reaching 500 inside an orange episode      | 3x24h:250 @30-31:500             | RED    | PM2.5 | true  | AQI ≥ 500: 30-31h max 500
        both red branches are reported             | 24h:250 2x24h:500 24h:250        | RED    | PM2.5 | true  | AQI > 200 for ≥ 96 h: 0-96h max 500; AQI > 300 for ≥ 48 h: 24-72h max 500; AQI ≥ 500: 24-72h max 500
        a gap breaks the 72 h run                  | 36h:250 gap:2h 36h:250           | NONE   | -     | false | ''
        ozone-driven is mandatory here             | 2x24h:250/O3                     | YELLOW | O3    | true  | AQI > 200 for ≥ 48 h: 0-48h max 250
        dust-driven is mandatory here              | 2x24h:250/PM10                   | YELLOW | PM10  | true  | AQI > 200 for ≥ 48 h: 0-48h max 250
        """)
    void evaluatesShape(String name, String forecast, WarningLevel level, String cause, boolean mandatory, String reasons) {
        Evaluation evaluation = WarningEvaluator.evaluate(SHANXI, Forecasts.parse(forecast));

        assertThat(evaluation.level()).as("level").isEqualTo(level);
        assertThat(Forecasts.summary(evaluation.reasons())).as("reasons").isEqualTo(reasons);
        assertThat(evaluation.cause()).as("cause").isEqualTo(cause);
        assertThat(evaluation.mandatory()).as("mandatory").isEqualTo(mandatory);
        assertThat(evaluation.ruleSetId()).isEqualTo("shanxi-2017");
    }
}
