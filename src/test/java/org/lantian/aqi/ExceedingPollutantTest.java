package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.DAILY;
import static org.lantian.aqi.AqiKind.HOURLY;

import org.junit.jupiter.api.Test;

/** 2012 lists the pollutants with IAQI above 100 as exceeding; 2026 does not list them. */
class ExceedingPollutantTest {

    // PM2.5 150 -> 200, SO2 1h 501 -> 101, NO2 1h 200 -> 100 (not above 100)
    private static final AqiInput POLLUTED = TestSupport.cleanAir().pm25(150.0).so2(501.0).no2(200.0).build();

    @Test
    void v2012ListsEveryPollutantAbove100() {
        AqiResult result = TestSupport.compute("2012", HOURLY, POLLUTED);

        assertThat(result.exceedingPollutants()).containsExactly(Pollutant.PM25, Pollutant.SO2);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM25);
    }

    @Test
    void v2012CountsOzoneByEitherSubIndex() {
        AqiInput input = TestSupport.cleanAir().o3(20.0).o3_8h(161.0).build(); // O3_8H 101

        assertThat(TestSupport.compute("2012", HOURLY, input).exceedingPollutants())
                .containsExactly(Pollutant.O3);
    }

    @Test
    void v2012ListsNoneAtOrBelow100() {
        AqiInput input = TestSupport.cleanAir().pm25(75.0).build(); // exactly 100

        assertThat(TestSupport.compute("2012", DAILY, input).exceedingPollutants()).isEmpty();
    }

    @Test
    void v2026ListsNone() {
        AqiResult result = TestSupport.compute("2026", HOURLY, POLLUTED);

        assertThat(result.aqi()).isEqualTo(200);
        assertThat(result.exceedingPollutants()).isEmpty();
    }
}
