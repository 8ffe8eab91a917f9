package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Above the top breakpoint (outside the special rules): IAQI 500, flagged, shown "500+". */
class BeyondTableTest {

    @ParameterizedTest(name = "{0} {1} {2}={3} -> 500+")
    @CsvSource({
            "2012, HOURLY, pm25, 500.1, PM25", "2026, HOURLY, pm25, 500.1, PM25",
            "2012, DAILY, pm10, 600.1, PM10", "2026, DAILY, pm10, 601, PM10",
            "2012, DAILY, so2, 2620.1, SO2", "2026, DAILY, so2, 3000, SO2",
            "2012, HOURLY, no2, 3841, NO2", "2026, DAILY, no2, 940.1, NO2",
            "2012, HOURLY, co, 150.1, CO", "2026, DAILY, co, 60.001, CO",
            "2012, HOURLY, o3, 1200.1, O3_1H", "2026, HOURLY, o3, 5000, O3_1H"})
    void aboveTheTopIsBeyondTheTable(String year, AqiKind kind, String field, double value, SubIndex key) {
        AqiInput.Builder builder = TestSupport.cleanAir();
        AqiResult result = TestSupport.compute(year, kind, TestSupport.with(builder, field, value).build());

        assertThat(result.iaqi()).containsEntry(key, 500);
        assertThat(result.aqi()).isEqualTo(500);
        assertThat(result.beyondTable()).isTrue();
        assertThat(result.display()).isEqualTo("500+");
        assertThat(result.category()).isEqualTo(AqiCategory.SEVERELY_POLLUTED);
        assertThat(result.primaryPollutants()).containsExactly(key.pollutant());
    }

    @ParameterizedTest(name = "{0} {1} {2}={3} -> 500")
    @CsvSource({
            "2012, HOURLY, pm25, 500", "2026, DAILY, pm10, 600", "2012, DAILY, so2, 2620",
            "2026, HOURLY, no2, 3840", "2012, DAILY, co, 60", "2026, HOURLY, o3, 1200"})
    void exactlyAtTheTopIsInTheTable(String year, AqiKind kind, String field, double value) {
        AqiResult result = TestSupport.compute(year, kind, TestSupport.with(TestSupport.cleanAir(), field, value).build());

        assertThat(result.aqi()).isEqualTo(500);
        assertThat(result.beyondTable()).isFalse();
        assertThat(result.display()).isEqualTo("500");
    }

    @Test
    void v2026PublishesBeyondTableEvenWithMissingPollutants() {
        AqiResult result = TestSupport.compute("2026", AqiKind.HOURLY, AqiInput.builder().pm10(700.0).build());

        assertThat(result.aqi()).isEqualTo(500);
        assertThat(result.beyondTable()).isTrue();
    }
}
