package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IAQI is rounded up, exactly: on the decimal value written, never pushed up by binary noise, and
 * the fast (long) and BigDecimal paths agree.
 */
class ExactRoundingTest {

    @Test
    void anyFractionAboveAnIntegerRoundsUp() {
        // 2012 and 2026: 50/25*0.1+50 = 50.2 (2026), 50/40*0.1+50 = 50.125 (2012)
        assertThat(pm25(TestSupport.V2012, 35.1)).isEqualTo(51);
        assertThat(pm25(TestSupport.V2026, 35.1)).isEqualTo(51);
        assertThat(pm25(TestSupport.V2026, 35.0000001)).isEqualTo(51);
    }

    /**
     * Decimal values whose interpolation is exactly an integer, while their nearest double lies just
     * above the decimal; floating-point arithmetic would round them one too high.
     */
    @ParameterizedTest(name = "{0} {1} {2} -> {3}: {4}")
    @CsvSource(textBlock = """
            2012, pm25_24h,   2.1,   3, 50/35*2.1 = 3
            2012, pm25_24h,  36.6,  52, 50/40*1.6+50 = 52
            2012, pm25_24h,  77.4, 103, 50/40*2.4+100 = 103
            2026, pm25_24h,  61.1, 101, 50/55*1.1+100 = 101
            2026, pm25_24h, 115.7, 151, 50/35*0.7+150 = 151
            2012, o3_8h,    163.3, 103, 50/55*3.3+100 = 103
            2012, co_1h,      5.2,  52, 50/5*0.2+50 = 52
            2012, co_1h,      0.1,   1, 50/5*0.1 = 1
            2012, pm10_24h, 352.1, 203, 100/70*2.1+200 = 203
            """)
    void integerResultsStayIntegers(String year, String column, double concentration, int expected,
                                    String handComputation) {
        BreakpointColumn table = TestSupport.standard(year).column(Column.byHeader(column));

        assertThat(new BigDecimal(concentration)).isGreaterThan(BigDecimal.valueOf(concentration));
        assertThat(table.iaqi(concentration)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} pm25 {1} -> {2}")
    @CsvSource({
            "2012, 75, 100", "2026, 60, 100", "2026, 115, 150", "2026, 150, 200", "2012, 250, 300",
            "2026, 59.99999999, 100", "2026, 60.00000001, 101", "2012, 74.999999999, 100"})
    void breakpointsAndManyDecimalsAreExact(String year, double concentration, int expected) {
        assertThat(pm25(TestSupport.standard(year), concentration)).isEqualTo(expected);
    }

    @Test
    void fastPathAgreesWithBigDecimalOnRandomValues() {
        SplittableRandom random = new SplittableRandom(20260301);
        for (AqiStandard standard : TestSupport.STANDARDS.all()) {
            for (Column column : Column.values()) {
                BreakpointColumn table = standard.column(column);
                long topMilli = table.top().movePointRight(3).longValueExact();
                for (int i = 0; i < 20_000; i++) {
                    int decimals = random.nextInt(4);
                    BigDecimal exact = BigDecimal.valueOf(random.nextLong(topMilli + 2000), 3)
                            .setScale(decimals, RoundingMode.DOWN);
                    assertThat(table.iaqi(exact.doubleValue()))
                            .as("%s %s %s", standard, column, exact)
                            .isEqualTo(table.iaqi(exact));
                }
            }
        }
    }

    private static int pm25(AqiStandard standard, double concentration) {
        return standard.column(Column.PM25_24H).iaqi(concentration);
    }
}
