package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.DAILY;
import static org.lantian.aqi.AqiKind.HOURLY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HOURLY reads the 1-hour columns (PM against the 24-hour ones); DAILY the 24-hour columns and O3 8h. */
class KindInputsTest {

    @ParameterizedTest(name = "{0} {1}={2}: HOURLY {4}, DAILY {5}")
    @CsvSource({
            "2012, so2, 200, SO2, 58, 108",   // 50/350*50+50 = 57.14 | 50/325*50+100 = 107.69
            "2026, so2, 200, SO2, 58, 108",
            "2012, no2, 150, NO2, 75, 135",   // 50/100*50+50 = 75    | 50/100*70+100 = 135
            "2026, no2, 150, NO2, 75, 135",
            "2012, co, 5, CO, 50, 105",       // breakpoint 5 -> 50   | 50/10*1+100 = 105
            "2026, co, 5, CO, 50, 105",
            "2012, pm25, 75, PM25, 100, 100", // PM: hourly values read against the 24-hour column
            "2026, pm25, 75, PM25, 114, 114",
            "2012, pm10, 150, PM10, 100, 100",
            "2026, pm10, 150, PM10, 112, 112"})
    void eachKindReadsItsColumn(String year, String field, double value, SubIndex key, int hourly, int daily) {
        AqiInput input = TestSupport.only(field, value);

        assertThat(TestSupport.compute(year, HOURLY, input).iaqi()).containsEntry(key, hourly);
        assertThat(TestSupport.compute(year, DAILY, input).iaqi()).containsEntry(key, daily);
    }

    @ParameterizedTest(name = "{0} HOURLY: rolling O3 8h adds its sub-index")
    @ValueSource(strings = {"2012", "2026"})
    void hourlyAddsTheRollingEightHourOzone(String year) {
        AqiInput input = TestSupport.cleanAir().o3(10.0).o3_8h(200.0).build();

        AqiResult result = TestSupport.compute(year, HOURLY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.O3_1H, 4)    // 50/160*10 = 3.125
                .containsEntry(SubIndex.O3_8H, 137);                  // 50/55*40+100 = 136.36
        assertThat(result.aqi()).isEqualTo(137);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.O3);
    }

    @Test
    void v2012DailyAlsoUsesTheDailyMaxOneHourOzone() {
        AqiInput input = TestSupport.cleanAir().o3(250.0).o3_8h(100.0).build();

        AqiResult result = TestSupport.compute("2012", DAILY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.O3_1H, 125)  // 50/100*50+100 = 125
                .containsEntry(SubIndex.O3_8H, 50);
        assertThat(result.aqi()).isEqualTo(125);
    }

    @Test
    void v2026DailyIgnoresTheOneHourOzone() {
        AqiInput input = TestSupport.cleanAir().o3(250.0).o3_8h(100.0).build();

        AqiResult result = TestSupport.compute("2026", DAILY, input);

        assertThat(result.iaqi()).doesNotContainKey(SubIndex.O3_1H).containsEntry(SubIndex.O3_8H, 50);
        assertThat(result.aqi()).isEqualTo(50);
    }

    @Test
    void dailySo2FallsBackToSo2_24hAndPrefersSo2() {
        AqiInput fallback = AqiInput.builder().so2_24h(200.0).build();
        AqiInput both = AqiInput.builder().so2(50.0).so2_24h(200.0).build();

        assertThat(TestSupport.compute("2012", DAILY, fallback).iaqi()).containsEntry(SubIndex.SO2, 108);
        assertThat(TestSupport.compute("2012", DAILY, both).iaqi()).containsEntry(SubIndex.SO2, 50);
    }

    @ParameterizedTest(name = "{0} HOURLY ignores so2_24h while so2 is in its table")
    @ValueSource(strings = {"2012", "2026"})
    void hourlyIgnoresSo2_24hOtherwise(String year) {
        assertThat(TestSupport.compute(year, HOURLY, AqiInput.builder().so2_24h(200.0).build()).iaqi())
                .doesNotContainKey(SubIndex.SO2);
        assertThat(TestSupport.compute(year, HOURLY, AqiInput.builder().so2(150.0).so2_24h(2000.0).build()).iaqi())
                .containsEntry(SubIndex.SO2, 50);
    }

    @Test
    void resultNamesItsStandardAndKind() {
        AqiResult result = TestSupport.compute("2026", DAILY, TestSupport.cleanAir().build());

        assertThat(result.standard()).isEqualTo("HJ633-2026");
        assertThat(result.kind()).isEqualTo(DAILY);
        assertThat(result.iaqi()).containsOnlyKeys(SubIndex.PM25, SubIndex.PM10, SubIndex.SO2, SubIndex.NO2,
                SubIndex.CO, SubIndex.O3_8H);
    }
}
