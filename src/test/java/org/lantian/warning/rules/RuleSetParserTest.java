package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad rule-set data is refused with a message that names the file, the field and the problem. */
class RuleSetParserTest {

    private static final String HEAD = "{\"id\":\"t-1\",\"name\":\"T\",\"effectiveFrom\":\"2020-01-01\",";
    private static final String YELLOW =
            "{\"level\":\"YELLOW\",\"condition\":{\"aqiAbove\":200,\"forHours\":24},\"mandatoryCauses\":[\"PM2.5\"]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                 | levels (JSON array body)                                                                               | message
        unknown level           | {"level":"PURPLE","condition":{"aqiReaches":500},"mandatoryCauses":[]}                                | levels[0].level: unknown level 'PURPLE' (expected one of BLUE, YELLOW, ORANGE, RED)
        NONE is not a level     | {"level":"NONE","condition":{"aqiReaches":500},"mandatoryCauses":[]}                                  | levels[0].level: unknown level 'NONE'
        negative hours          | {"level":"RED","condition":{"anyOf":[{"aqiAbove":200,"forHours":-24}]},"mandatoryCauses":[]}         | levels[0].condition.anyOf[0].forHours: must be a positive number of hours, got -24
        zero hours              | {"level":"RED","condition":{"aqiAbove":200,"forHours":0},"mandatoryCauses":[]}                       | levels[0].condition.forHours: must be a positive number of hours, got 0
        missing hours           | {"level":"RED","condition":{"aqiAbove":200},"mandatoryCauses":[]}                                    | levels[0].condition.forHours: must be a positive number of hours, got nothing
        hours as text           | {"level":"RED","condition":{"aqiAbove":200,"forHours":"24"},"mandatoryCauses":[]}                    | levels[0].condition.forHours: must be a positive number of hours
        fractional AQI          | {"level":"RED","condition":{"aqiAbove":200.5,"forHours":24},"mandatoryCauses":[]}                    | levels[0].condition.aqiAbove: must be a whole AQI from 0 to 500, got 200.5
        AQI beyond 500          | {"level":"RED","condition":{"aqiReaches":501},"mandatoryCauses":[]}                                  | levels[0].condition.aqiReaches: must be a whole AQI from 1 to 500, got 501
        two kinds in one node   | {"level":"RED","condition":{"aqiReaches":500,"anyOf":[{"aqiReaches":400}]},"mandatoryCauses":[]}     | levels[0].condition: must have exactly one of allOf, anyOf, aqiAbove, aqiReaches
        misspelt field          | {"level":"RED","condition":{"aqiAbove":200,"forHour":24},"mandatoryCauses":[]}                       | levels[0].condition: unknown field 'forHour' (allowed: aqiAbove, forHours)
        unknown extra field     | {"level":"RED","condition":{"aqiAbove":200,"forHours":24,"days":1},"mandatoryCauses":[]}             | levels[0].condition: unknown field 'days'
        empty anyOf             | {"level":"RED","condition":{"anyOf":[]},"mandatoryCauses":[]}                                        | levels[0].condition.anyOf: must be a non-empty array of conditions
        missing causes          | {"level":"RED","condition":{"aqiReaches":500}}                                                       | levels[0].mandatoryCauses: must be an array of pollutant codes
        blank cause             | {"level":"RED","condition":{"aqiReaches":500},"mandatoryCauses":[" "]}                               | levels[0].mandatoryCauses[0]: must be a pollutant code
        lowest level first      | %YELLOW%,{"level":"RED","condition":{"aqiReaches":500},"mandatoryCauses":[]}                         | levels[1].level: levels must be listed highest first, each once; RED follows YELLOW
        a level twice           | %YELLOW%,%YELLOW%                                                                                    | levels[1].level: levels must be listed highest first, each once; YELLOW follows YELLOW
        """)
    void refusesBadLevels(String name, String levels, String message) {
        String json = HEAD + "\"levels\":[" + levels.replace("%YELLOW%", YELLOW) + "]}";

        assertThatThrownBy(() -> RuleSetParser.parse(json, "bad.json"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("bad.json: ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                       | JSON                                                                                                       | message
        effectiveTo before from      | {"id":"t","name":"T","effectiveFrom":"2020-01-01","effectiveTo":"2019-12-31","levels":[%YELLOW%]}          | effectiveTo: 2019-12-31 is before effectiveFrom 2020-01-01
        not a date                   | {"id":"t","name":"T","effectiveFrom":"2020-13-01","levels":[%YELLOW%]}                                     | effectiveFrom: must be a date like 2019-07-01, got '2020-13-01'
        missing effectiveFrom        | {"id":"t","name":"T","levels":[%YELLOW%]}                                                                  | effectiveFrom: must be a date like 2019-07-01
        missing id                   | {"name":"T","effectiveFrom":"2020-01-01","levels":[%YELLOW%]}                                              | id: must be a non-empty string
        id with spaces               | {"id":"my set","name":"T","effectiveFrom":"2020-01-01","levels":[%YELLOW%]}                                | id: must be lower-case letters, digits and dashes
        no levels                    | {"id":"t","name":"T","effectiveFrom":"2020-01-01","levels":[]}                                             | levels: must be a non-empty array, highest level first
        unknown top-level field      | {"id":"t","name":"T","effectiveFrom":"2020-01-01","levels":[%YELLOW%],"effectiveUntil":"2021-01-01"}       | (root): unknown field 'effectiveUntil'
        duplicate key                | {"id":"t","id":"u","name":"T","effectiveFrom":"2020-01-01","levels":[%YELLOW%]}                           | not valid JSON: Duplicate field 'id'
        broken JSON                  | {"id":"t",                                                                                                 | not valid JSON
        """)
    void refusesBadSets(String name, String json, String message) {
        assertThatThrownBy(() -> RuleSetParser.parse(json.replace("%YELLOW%", YELLOW), "bad.json"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("bad.json: ")
                .hasMessageContaining(message);
    }

    @Test
    void readsAValidSetWithFractionalHoursAndNestedConditions() {
        String json = HEAD + "\"effectiveTo\":null,\"levels\":[{\"level\":\"RED\",\"condition\":{\"anyOf\":["
                + "{\"allOf\":[{\"aqiAbove\":200,\"forHours\":96},{\"aqiAbove\":300,\"forHours\":1.5}]},"
                + "{\"aqiReaches\":500}]},\"mandatoryCauses\":[\"pm25\",\"*\"]}," + YELLOW + "]}";

        RuleSet set = RuleSetParser.parse(json, "ok.json");

        assertThat(set.effectiveTo()).isNull();
        assertThat(set.levels()).extracting(LevelRule::level).containsExactly(WarningLevel.RED, WarningLevel.YELLOW);
        assertThat(set.levels().get(0).condition().describe())
                .isEqualTo("(AQI > 200 for ≥ 96 h and AQI > 300 for ≥ 1.5 h) or AQI ≥ 500");
        assertThat(set.levels().get(0).mandatoryCauses()).containsExactly("PM2.5", "*");
    }
}
