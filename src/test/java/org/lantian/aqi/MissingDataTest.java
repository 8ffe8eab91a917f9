package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.DAILY;
import static org.lantian.aqi.AqiKind.HOURLY;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Missing pollutants: 2026 computes from the rest and publishes only an AQI above 100 (NA
 * otherwise); 2012 always computes from the rest.
 */
class MissingDataTest {

    @Test
    void v2026MissingPollutantAndAqiAtMost100IsNa() {
        AqiResult result = TestSupport.compute("2026", HOURLY, AqiInput.builder().pm25(60.0).build());

        assertThat(result.aqi()).isNull();
        assertThat(result.published()).isFalse();
        assertThat(result.category()).isNull();
        assertThat(result.display()).isEqualTo("NA");
        assertThat(result.primaryPollutants()).isEmpty();
        assertThat(result.beyondTable()).isFalse();
        assertThat(result.iaqi()).containsExactlyEntriesOf(Map.of(SubIndex.PM25, 100));
    }

    @Test
    void v2026MissingPollutantAndAqiAbove100IsPublished() {
        AqiResult result = TestSupport.compute("2026", HOURLY, AqiInput.builder().pm25(60.1).build());

        assertThat(result.aqi()).isEqualTo(101);
        assertThat(result.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM25);
    }

    @Test
    void v2026LowAqiWithAllSixIsPublished() {
        assertThat(TestSupport.compute("2026", HOURLY, TestSupport.cleanAir().build()).aqi()).isEqualTo(10);
        assertThat(TestSupport.compute("2026", DAILY, TestSupport.cleanAir().build()).aqi()).isEqualTo(13);
    }

    @Test
    void v2026HourlyWithoutTheOptional8HourOzoneIsComplete() {
        AqiInput input = TestSupport.cleanAir().o3_8h(null).build();

        assertThat(TestSupport.compute("2026", HOURLY, input).aqi()).isEqualTo(10);
    }

    @Test
    void v2026HourlyOzoneNeedsItsOneHourValue() {
        AqiInput input = TestSupport.cleanAir().o3(null).o3_8h(150.0).build(); // O3_8H 92 known

        AqiResult result = TestSupport.compute("2026", HOURLY, input);

        assertThat(result.aqi()).isNull();
        assertThat(result.iaqi()).containsEntry(SubIndex.O3_8H, 92);
    }

    @Test
    void v2026DailyOzoneNeedsThe8HourValueAndIgnoresTheOneHour() {
        AqiInput input = TestSupport.cleanAir().o3_8h(null).o3(250.0).build();

        AqiResult result = TestSupport.compute("2026", DAILY, input);

        assertThat(result.aqi()).isNull();
        assertThat(result.iaqi()).doesNotContainKeys(SubIndex.O3_1H, SubIndex.O3_8H);
    }

    @Test
    void v2026DailySo2MayComeFromSo2_24h() {
        AqiInput input = TestSupport.cleanAir().so2(null).so2_24h(40.0).build();

        assertThat(TestSupport.compute("2026", DAILY, input).aqi()).isEqualTo(40);
    }

    @ParameterizedTest(name = "2026 missing {0}, AQI 100 -> NA")
    @ValueSource(strings = {"pm25", "pm10", "so2", "no2", "co", "o3"})
    void v2026AnyOneOfTheSixMissingCounts(String missing) {
        AqiInput full = TestSupport.cleanAir().pm25(60.0).build(); // PM2.5 100
        AqiInput input = withoutField(full, missing);

        assertThat(TestSupport.compute("2026", HOURLY, full).aqi()).isEqualTo(100);
        assertThat(TestSupport.compute("2026", HOURLY, input).aqi()).isNull();
    }

    @Test
    void v2012ComputesFromTheRest() {
        AqiResult result = TestSupport.compute("2012", HOURLY, AqiInput.builder().pm25(60.0).build());

        assertThat(result.aqi()).isEqualTo(82);
        assertThat(result.category()).isEqualTo(AqiCategory.GOOD);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM25);
    }

    @Test
    void v2012LowAqiFromOnePollutantIsPublished() {
        AqiResult result = TestSupport.compute("2012", DAILY, AqiInput.builder().no2(10.0).build());

        assertThat(result.aqi()).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0}: no concentrations -> NA")
    @EnumSource(AqiKind.class)
    void nothingGivenIsNaInBothVersions(AqiKind kind) {
        for (AqiStandard standard : TestSupport.STANDARDS.all()) {
            AqiResult result = TestSupport.CALCULATOR.compute(standard, kind, AqiInput.builder().build());

            assertThat(result.aqi()).isNull();
            assertThat(result.iaqi()).isEmpty();
            assertThat(result.primaryPollutants()).isEmpty();
            assertThat(result.standard()).isEqualTo(standard.id());
        }
    }

    private static AqiInput withoutField(AqiInput in, String field) {
        return new AqiInput(
                field.equals("pm25") ? null : in.pm25(),
                field.equals("pm10") ? null : in.pm10(),
                field.equals("so2") ? null : in.so2(),
                field.equals("no2") ? null : in.no2(),
                field.equals("co") ? null : in.co(),
                field.equals("o3") ? null : in.o3(),
                in.o3_8h(),
                in.so2_24h());
    }
}
