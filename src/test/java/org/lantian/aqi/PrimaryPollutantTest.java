package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.HOURLY;
import static org.lantian.aqi.Pollutant.NO2;
import static org.lantian.aqi.Pollutant.O3;
import static org.lantian.aqi.Pollutant.PM10;
import static org.lantian.aqi.Pollutant.PM25;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Primary pollutants: above AQI 50, every pollutant whose IAQI is the AQI; none at or below 50. */
class PrimaryPollutantTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2012", "2026"})
    void tieAtABreakpointListsBoth(String year) {
        AqiInput input = TestSupport.cleanAir().pm25(115.0).pm10(250.0).build(); // both 150

        AqiResult result = TestSupport.compute(year, HOURLY, input);

        assertThat(result.aqi()).isEqualTo(150);
        assertThat(result.primaryPollutants()).containsExactly(PM25, PM10);
    }

    @Test
    void tieAfterRoundingUpListsBoth() {
        // 2026: PM2.5 50/55*15+100 = 113.64 -> 114; PM10 50/130*36+100 = 113.85 -> 114
        AqiInput input = TestSupport.cleanAir().pm25(75.0).pm10(156.0).build();

        AqiResult result = TestSupport.compute("2026", HOURLY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.PM25, 114).containsEntry(SubIndex.PM10, 114);
        assertThat(result.primaryPollutants()).containsExactly(PM25, PM10);
    }

    @Test
    void threeWayTieListsAllInPollutantOrder() {
        AqiInput input = TestSupport.cleanAir().no2(700.0).pm10(250.0).pm25(115.0).build(); // all 150

        assertThat(TestSupport.compute("2026", HOURLY, input).primaryPollutants())
                .containsExactly(PM25, PM10, NO2);
    }

    @Test
    void oneLargerIaqiIsTheOnlyPrimary() {
        AqiInput input = TestSupport.cleanAir().pm25(116.0).pm10(250.0).build(); // 152 vs 150

        assertThat(TestSupport.compute("2026", HOURLY, input).primaryPollutants()).containsExactly(PM25);
    }

    @Test
    void ozoneWithBothSubIndicesAtTheMaximumIsListedOnce() {
        AqiInput input = TestSupport.cleanAir().o3(200.0).o3_8h(160.0).build(); // 100 and 100

        AqiResult result = TestSupport.compute("2026", HOURLY, input);

        assertThat(result.aqi()).isEqualTo(100);
        assertThat(result.primaryPollutants()).containsExactly(O3);
    }

    @ParameterizedTest(name = "{0}: AQI 50 has no primary pollutant")
    @ValueSource(strings = {"2012", "2026"})
    void noPrimaryAtOrBelow50(String year) {
        AqiResult result = TestSupport.compute(year, HOURLY, TestSupport.cleanAir().pm25(35.0).build());

        assertThat(result.aqi()).isEqualTo(50);
        assertThat(result.primaryPollutants()).isEmpty();
    }

    @Test
    void noPrimaryForCleanAir() {
        AqiResult result = TestSupport.compute("2026", HOURLY, TestSupport.cleanAir().build());

        assertThat(result.aqi()).isEqualTo(10);
        assertThat(result.primaryPollutants()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: AQI 51 names its primary pollutant")
    @ValueSource(strings = {"2012", "2026"})
    void primaryFrom51(String year) {
        AqiResult result = TestSupport.compute(year, HOURLY, TestSupport.cleanAir().pm25(35.1).build());

        assertThat(result.aqi()).isEqualTo(51);
        assertThat(result.primaryPollutants()).containsExactly(PM25);
    }

    @Test
    void beyondTheTableTiesWithTheTopBreakpoint() {
        AqiInput input = TestSupport.cleanAir().pm25(501.0).pm10(600.0).build(); // 500+ and 500

        AqiResult result = TestSupport.compute("2026", HOURLY, input);

        assertThat(result.display()).isEqualTo("500+");
        assertThat(result.primaryPollutants()).containsExactly(PM25, PM10);
    }
}
