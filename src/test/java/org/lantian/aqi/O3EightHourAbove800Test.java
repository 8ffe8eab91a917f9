package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantian.aqi.AqiKind.DAILY;
import static org.lantian.aqi.AqiKind.HOURLY;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** O3 8-hour above 800 µg/m³: 2012 reports O3 by its 1-hour sub-index, 2026 fixes it at 300. */
class O3EightHourAbove800Test {

    @ParameterizedTest(name = "2026 {0} o3_8h above 800 -> 300")
    @EnumSource(AqiKind.class)
    void v2026FixesTheSubIndexAt300(AqiKind kind) {
        for (double o3_8h : new double[] {800.1, 801, 5000}) {
            AqiResult result = TestSupport.compute("2026", kind, TestSupport.cleanAir().o3_8h(o3_8h).build());

            assertThat(result.iaqi()).containsEntry(SubIndex.O3_8H, 300);
            assertThat(result.aqi()).isEqualTo(300);
            assertThat(result.beyondTable()).isFalse();
            assertThat(result.primaryPollutants()).containsExactly(Pollutant.O3);
        }
    }

    @ParameterizedTest(name = "2012 {0} o3_8h 801 with o3 900 -> O3 350 from the 1-hour value")
    @EnumSource(AqiKind.class)
    void v2012UsesTheOneHourSubIndexInstead(AqiKind kind) {
        AqiInput input = TestSupport.cleanAir().o3(900.0).o3_8h(801.0).build();

        AqiResult result = TestSupport.compute("2012", kind, input);

        assertThat(result.iaqi()).doesNotContainKey(SubIndex.O3_8H);
        assertThat(result.iaqi()).containsEntry(SubIndex.O3_1H, 350); // 100/200*100+300 = 350
        assertThat(result.aqi()).isEqualTo(350);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.O3);
    }

    @ParameterizedTest(name = "2012 {0} o3_8h 900 with o3 1201 -> 500+")
    @EnumSource(AqiKind.class)
    void v2012OneHourValueBeyondItsTableIsBeyondTable(AqiKind kind) {
        AqiInput input = TestSupport.cleanAir().o3(1201.0).o3_8h(900.0).build();

        AqiResult result = TestSupport.compute("2012", kind, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.O3_1H, 500).doesNotContainKey(SubIndex.O3_8H);
        assertThat(result.beyondTable()).isTrue();
        assertThat(result.display()).isEqualTo("500+");
    }

    @ParameterizedTest(name = "2012 {0} o3_8h 900 without o3 -> no O3 sub-index")
    @EnumSource(AqiKind.class)
    void v2012WithoutAOneHourValueHasNoO3SubIndex(AqiKind kind) {
        AqiInput input = AqiInput.builder().pm25(75.0).o3_8h(900.0).build();

        AqiResult result = TestSupport.compute("2012", kind, input);

        assertThat(result.iaqi()).containsOnlyKeys(SubIndex.PM25);
        assertThat(result.aqi()).isEqualTo(100);
        assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM25);
    }

    @ParameterizedTest(name = "{0} o3_8h at 800 -> 300 from the table")
    @ValueSource(strings = {"2012", "2026"})
    void exactly800IsStillInTheTable(String year) {
        AqiInput input = TestSupport.cleanAir().o3_8h(800.0).build();

        AqiResult result = TestSupport.compute(year, DAILY, input);

        assertThat(result.iaqi()).containsEntry(SubIndex.O3_8H, 300);
        assertThat(result.aqi()).isEqualTo(300);
    }

    @ParameterizedTest(name = "{0} HOURLY o3_8h 801 does not touch the 1-hour O3")
    @ValueSource(strings = {"2012", "2026"})
    void oneHourSubIndexIsUnchanged(String year) {
        AqiInput input = TestSupport.cleanAir().o3(161.0).o3_8h(801.0).build();

        assertThat(TestSupport.compute(year, HOURLY, input).iaqi()).containsEntry(SubIndex.O3_1H, 52);
    }
}
