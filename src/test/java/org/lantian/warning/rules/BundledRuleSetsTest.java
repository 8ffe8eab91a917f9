package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped data loads, and the default for a date follows the effective dates. */
class BundledRuleSetsTest {

    private final RuleSets sets = RuleSets.bundled();

    @Test
    void shipsThreeSetsOfWhichTwoAreDefaults() {
        assertThat(sets.all()).extracting(RuleSet::id)
                .containsExactly("shanxi-2017", "national-2019", "linfen-city-example");
        assertThat(sets.defaults()).extracting(RuleSet::id).containsExactly("shanxi-2017", "national-2019");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2017-01-01, shanxi-2017",
        "2018-12-20, shanxi-2017",
        "2019-06-30, shanxi-2017",
        "2019-07-01, national-2019",
        "2020-01-10, national-2019",
        "2024-03-01, national-2019",
        "2026-03-01, national-2019",
    })
    void picksTheDefaultByDate(LocalDate day, String id) {
        assertThat(sets.defaultFor(day).id()).isEqualTo(id);
    }

    @Test
    void refusesADateBeforeAnyDefault() {
        assertThatThrownBy(() -> sets.defaultFor(LocalDate.of(2016, 12, 31)))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("no default rule set is effective on 2016-12-31 (defaults: shanxi-2017 2017-01-01..2019-06-30,"
                        + " national-2019 2019-07-01..open)");
    }

    @Test
    void refusesAnUnknownId() {
        assertThatThrownBy(() -> sets.byId("beijing-2016"))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("unknown rule set 'beijing-2016' (known: shanxi-2017, national-2019, linfen-city-example)");
    }

    @Test
    void describesTheNationalLevels() {
        RuleSet national = sets.byId("national-2019");
        assertThat(national.levels()).extracting(r -> r.level() + ": " + r.condition().describe()).containsExactly(
                "RED: AQI > 200 for ≥ 72 h and AQI > 300 for ≥ 24 h",
                "ORANGE: AQI > 200 for ≥ 48 h or AQI > 150 for ≥ 72 h",
                "YELLOW: AQI > 200 for ≥ 24 h or AQI > 150 for ≥ 48 h");
        assertThat(national.levels()).allSatisfy(r -> assertThat(r.mandatoryCauses()).containsExactly("PM2.5"));
    }
}
