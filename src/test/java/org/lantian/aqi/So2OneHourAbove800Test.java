package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.DAILY;
import static org.lantian.aqi.AqiKind.HOURLY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SO2 1-hour above 800 µg/m³: 2012 reports SO2 from the 24-hour value, 2026 fixes it at 200. */
class So2OneHourAbove800Test {

    @ParameterizedTest(name = "2026 so2 1h {0} -> 200")
    @ValueSource(doubles = {800.1, 801, 1500, 100_000})
    void v2026FixesTheSubIndexAt200(double so2) {
        AqiResult result = TestSupport.compute("2026", HOURLY, TestSupport.cleanAir().so2(so2).build());

        assertThat(result.iaqi()).containsEntry(SubIndex.SO2, 200);
        assertThat(result.aqi()).isEqualTo(200);
        assertThat(result.beyondTable()).isFalse();
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.SO2);
    }

    @Test
    void v2026IgnoresThe24HourValue() {
        AqiInput input = TestSupport.cleanAir().so2(900.0).so2_24h(2000.0).build();

        assertThat(TestSupport.compute("2026", HOURLY, input).iaqi()).containsEntry(SubIndex.SO2, 200);
    }

    @Test
    void v2012UsesThe24HourValueAgainstThe24HourColumn() {
        AqiInput input = TestSupport.cleanAir().so2(900.0).so2_24h(200.0).build();

        AqiResult result = TestSupport.compute("2012", HOURLY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.SO2, 108); // 50/325*50+100 = 107.69
        assertThat(result.aqi()).isEqualTo(108);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.SO2);
        assertThat(result.beyondTable()).isFalse();
    }

    @Test
    void v2012Low24HourValueGivesALowSubIndex() {
        AqiInput input = TestSupport.cleanAir().so2(801.0).so2_24h(40.0).build();

        // the 1-hour value is not used at all: 50/50*40 = 40
        assertThat(TestSupport.compute("2012", HOURLY, input).iaqi()).containsEntry(SubIndex.SO2, 40);
    }

    @Test
    void v2012TwentyFourHourValueBeyondItsTableIsBeyondTable() {
        AqiInput input = TestSupport.cleanAir().so2(5000.0).so2_24h(2621.0).build();

        AqiResult result = TestSupport.compute("2012", HOURLY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.SO2, 500);
        assertThat(result.beyondTable()).isTrue();
        assertThat(result.display()).isEqualTo("500+");
    }

    @Test
    void v2012WithoutA24HourValueHasNoSo2SubIndexAndComputesFromTheRest() {
        AqiInput input = TestSupport.cleanAir().pm25(75.0).so2(900.0).build();

        AqiResult result = TestSupport.compute("2012", HOURLY, input);

        assertThat(result.iaqi()).doesNotContainKey(SubIndex.SO2);
        assertThat(result.aqi()).isEqualTo(100);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM25);
        assertThat(result.beyondTable()).isFalse();
    }

    @ParameterizedTest(name = "{0} so2 1h at 800 -> 200 from the table")
    @ValueSource(strings = {"2012", "2026"})
    void exactly800IsStillInTheTable(String year) {
        AqiInput input = TestSupport.cleanAir().so2(800.0).so2_24h(10.0).build();

        assertThat(TestSupport.compute(year, HOURLY, input).iaqi()).containsEntry(SubIndex.SO2, 200);
    }

    @ParameterizedTest(name = "{0} DAILY so2 801 -> 201 from the 24-hour column")
    @ValueSource(strings = {"2012", "2026"})
    void dailyReportsAreNotAffected(String year) {
        AqiInput input = TestSupport.cleanAir().so2(801.0).build();

        assertThat(TestSupport.compute(year, DAILY, input).iaqi()).containsEntry(SubIndex.SO2, 201);
    }
}
