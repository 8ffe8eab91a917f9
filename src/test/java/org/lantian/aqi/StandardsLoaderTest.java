package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules come from the data: a different index changes the behaviour without code, and
 * inconsistent data fails to load instead of computing wrong AQIs.
 */
class StandardsLoaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "index-decreasing.csv, pm25_24h",
            "index-gap.csv, so2_1h has a value after an empty cell",
            "index-overlap.csv, must meet without gap or overlap",
            "index-gap-in-dates.csv, must meet without gap or overlap",
            "index-unknown-rule.csv, unknown beyond-top rule 'halve'",
            "index-missing-table.csv, AQI data resource not found: /aqi-test/missing.csv"})
    void inconsistentDataIsRejected(String index, String message) {
        assertThatThrownBy(() -> AqiStandards.load("/aqi-test/" + index))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @Test
    void rulesAreReadFromTheIndex() {
        // B: so2_1h=beyond;o3_8h=fixed:250, daily_o3_1h=true, primary_above=60, exceeding_above=150,
        // no missing-data rule
        AqiStandard custom = AqiStandards.load("/aqi-test/index-custom.csv").byId("B").orElseThrow();
        AqiCalculator calculator = new AqiCalculator();

        AqiResult so2 = calculator.compute(custom, AqiKind.HOURLY, AqiInput.builder().so2(801.0).build());
        assertThat(so2.display()).isEqualTo("500+");
        assertThat(so2.exceedingPollutants()).containsExactly(Pollutant.SO2);

        AqiResult o3 = calculator.compute(custom, AqiKind.DAILY, AqiInput.builder().o3_8h(900.0).o3(250.0).build());
        assertThat(o3.iaqi()).containsEntry(SubIndex.O3_8H, 250).containsEntry(SubIndex.O3_1H, 125);
        assertThat(o3.exceedingPollutants()).containsExactly(Pollutant.O3);

        AqiResult low = calculator.compute(custom, AqiKind.HOURLY, AqiInput.builder().pm25(40.0).build());
        assertThat(low.aqi()).isEqualTo(60); // 50/25*5+50 = 60, published although five are missing
        assertThat(low.primaryPollutants()).isEmpty();
    }
}
