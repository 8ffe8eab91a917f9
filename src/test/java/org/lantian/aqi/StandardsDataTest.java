package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped CSV tables are HJ 633 Table 1 (domain.md §3), column by column. */
class StandardsDataTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2012 | so2_24h  | 0 50 150 475 800 1600 2100 2620",
            "2012 | so2_1h   | 0 150 500 650 800",
            "2012 | no2_24h  | 0 40 80 180 280 565 750 940",
            "2012 | no2_1h   | 0 100 200 700 1200 2340 3090 3840",
            "2012 | co_24h   | 0 2 4 14 24 36 48 60",
            "2012 | co_1h    | 0 5 10 35 60 90 120 150",
            "2012 | o3_1h    | 0 160 200 300 400 800 1000 1200",
            "2012 | o3_8h    | 0 100 160 215 265 800",
            "2012 | pm10_24h | 0 50 150 250 350 420 500 600",
            "2012 | pm25_24h | 0 35 75 115 150 250 350 500",
            "2026 | so2_24h  | 0 50 150 475 800 1600 2100 2620",
            "2026 | so2_1h   | 0 150 500 650 800",
            "2026 | no2_24h  | 0 40 80 180 280 565 750 940",
            "2026 | no2_1h   | 0 100 200 700 1200 2340 3090 3840",
            "2026 | co_24h   | 0 2 4 14 24 36 48 60",
            "2026 | co_1h    | 0 5 10 35 60 90 120 150",
            "2026 | o3_1h    | 0 160 200 300 400 800 1000 1200",
            "2026 | o3_8h    | 0 100 160 215 265 800",
            "2026 | pm10_24h | 0 50 120 250 350 420 500 600",
            "2026 | pm25_24h | 0 35 60 115 150 250 350 500"})
    void columnMatchesTheStandard(String year, String header, String expectedBreakpoints) {
        BreakpointColumn column = TestSupport.standard(year).column(Column.byHeader(header));
        List<BigDecimal> expected = List.of(expectedBreakpoints.split(" ")).stream()
                .map(BigDecimal::new).collect(Collectors.toList());

        assertThat(column.breakpoints()).usingElementComparator(BigDecimal::compareTo).isEqualTo(expected);
        assertThat(column.iaqiValues())
                .isEqualTo(List.of(0, 50, 100, 150, 200, 300, 400, 500).subList(0, expected.size()));
    }
}
