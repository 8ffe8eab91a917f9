package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * national-2019 over forecast shapes: threshold edges, run lengths, broken runs, period lengths,
 * overlapping periods (shortest covering period wins, ties → higher AQI) and cause/mandatory.
 * Yellow: >200 ≥24 h or >150 ≥48 h; orange: >200 ≥48 h or >150 ≥72 h; red: >200 ≥72 h and >300 ≥24 h.
 */
class NationalRuleSetTableTest {

    private static final RuleSet NATIONAL = RuleSets.bundled().byId("national-2019");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                    | forecast                              | level  | cause | mandatory | reasons
        exactly 200 is not above 200               | 24h:200                               | NONE   | -     | false | ''
        201 for a day is above 200                 | 24h:201                               | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-24h max 201
        23 h above 200 is not a day                | 23x1h:250 1h:150                      | NONE   | -     | false | ''
        25 h above 200 is more than a day          | 25x1h:210                             | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-25h max 210
        47 h above 200 stays yellow                | 47h:210 1h:100                        | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-47h max 210
        48 h above 200 is orange                   | 48h:210                               | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-48h max 210
        47 h above 150 is nothing                  | 47x1h:180                             | NONE   | -     | false | ''
        48 h above 150 is yellow                   | 2x24h:180                             | YELLOW | PM2.5 | true  | AQI > 150 for ≥ 48 h: 0-48h max 180
        71 h above 150 stays yellow                | 71h:180                               | YELLOW | PM2.5 | true  | AQI > 150 for ≥ 48 h: 0-71h max 180
        72 h above 150 is orange                   | 3x24h:180                             | ORANGE | PM2.5 | true  | AQI > 150 for ≥ 72 h: 0-72h max 180
        72 h above 200 without 300 is orange       | 3x24h:210                             | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-72h max 210; AQI > 150 for ≥ 72 h: 0-72h max 210
        red needs 24 h above 300 (23 h is orange)  | 24h:250 23h:320 25h:250               | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-72h max 320; AQI > 150 for ≥ 72 h: 0-72h max 320
        red needs 72 h above 200 (71 h is orange)  | 23h:250 24h:320 24h:250               | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-71h max 320
        both red conditions give red               | 24h:250 24h:320 24h:250               | RED    | PM2.5 | true  | AQI > 200 for ≥ 72 h: 0-72h max 320; AQI > 300 for ≥ 24 h: 24-48h max 320
        a 1 h gap breaks a 48 h run                | 24h:210 gap:1h 24h:210                | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-24h max 210
        an hour at 200 breaks the 200-run only     | 30x1h:210 1h:200 30x1h:210            | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-30h max 210; AQI > 150 for ≥ 48 h: 0-61h max 210
        an hour at 150 breaks the 150-run too      | 40x1h:180 1h:150 40x1h:180            | NONE   | -     | false | ''
        mixed 6 h, 12 h and 1 h periods add up     | 6h:210 6h:220 12h:230 1h:205          | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-25h max 230
        eight 6 h blocks are 48 h                  | 8x6h:210                              | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-48h max 210
        a day followed by 24 hours is 48 h         | 24h:210 24x1h:215                     | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-48h max 215
        half hours count                           | 23.5h:210 0.5h:220                    | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-24h max 220
        a half-hour gap still breaks               | 23.5h:210 gap:0.5h 1h:210             | NONE   | -     | false | ''
        a finer 6 h block lowers a day             | 3x24h:210 @30-36:140                  | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 36-72h max 210
        a finer 30 h period raises a 48 h one      | 48h:190 @0-30:230                     | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-30h max 230; AQI > 150 for ≥ 48 h: 0-48h max 230
        hourly values override a coarse 305 day    | 72x1h:250 @24-48:305                  | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-72h max 250; AQI > 150 for ≥ 72 h: 0-72h max 250
        equal-length overlap takes the higher AQI  | 24h:210 24h:190 @24-48:215            | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-48h max 215
        input order does not matter                | @48-72:210 @0-24:210 @24-48:210       | ORANGE | PM2.5 | true  | AQI > 200 for ≥ 48 h: 0-72h max 210; AQI > 150 for ≥ 72 h: 0-72h max 210
        ozone-driven yellow is advisory            | 24h:210/O3                            | YELLOW | O3    | false | AQI > 200 for ≥ 24 h: 0-24h max 210
        dust (PM10) driven yellow is advisory      | 24h:260/PM10                          | YELLOW | PM10  | false | AQI > 200 for ≥ 24 h: 0-24h max 260
        mostly PM2.5 hours make it mandatory       | 10h:220/O3 15h:220                    | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-25h max 220
        mostly ozone hours make it advisory        | 14h:220/O3 11h:220                    | YELLOW | O3    | false | AQI > 200 for ≥ 24 h: 0-25h max 220
        equal hours: the mandatory cause wins      | 12h:220/O3 12h:220                    | YELLOW | PM2.5 | true  | AQI > 200 for ≥ 24 h: 0-24h max 220
        cause counts hours of the qualifying runs  | 24h:210/O3 gap:1h 40h:180             | YELLOW | O3    | false | AQI > 200 for ≥ 24 h: 0-24h max 210
        """)
    void evaluatesShape(String name, String forecast, WarningLevel level, String cause, boolean mandatory, String reasons) {
        Evaluation evaluation = WarningEvaluator.evaluate(NATIONAL, Forecasts.parse(forecast));

        assertThat(evaluation.level()).as("level").isEqualTo(level);
        assertThat(Forecasts.summary(evaluation.reasons())).as("reasons").isEqualTo(reasons);
        assertThat(evaluation.cause()).as("cause").isEqualTo(cause);
        assertThat(evaluation.mandatory()).as("mandatory").isEqualTo(mandatory);
        assertThat(evaluation.reasons()).allSatisfy(r -> {
            assertThat(r.level()).isEqualTo(level);
            assertThat(r.ruleSetId()).isEqualTo("national-2019");
        });
    }
}
