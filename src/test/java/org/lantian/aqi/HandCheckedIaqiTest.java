package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IAQI values computed by hand from HJ 633 Table 1, through the public calculator (so the kind's
 * column choice is checked too). Formula: (IAQI_hi − IAQI_lo)/(BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo,
 * rounded up. The last cell of each row is the hand computation.
 */
class HandCheckedIaqiTest {

    @ParameterizedTest(name = "{0} {1} {2}={3} -> {4} {5}: {6}")
    @CsvSource(textBlock = """
            # PM2.5 (24-hour column, also for hourly values); 2026 changed the 100 breakpoint 75 -> 60
            2026, HOURLY, pm25,  35,    PM25,  50, breakpoint
            2026, HOURLY, pm25,  35.1,  PM25,  51, 50/25*0.1+50 = 50.2
            2026, HOURLY, pm25,  59,    PM25,  98, 50/25*24+50 = 98
            2026, HOURLY, pm25,  59.9,  PM25, 100, 50/25*24.9+50 = 99.8
            2026, HOURLY, pm25,  60,    PM25, 100, breakpoint
            2026, HOURLY, pm25,  60.1,  PM25, 101, 50/55*0.1+100 = 100.09
            2026, HOURLY, pm25,  61,    PM25, 101, 50/55*1+100 = 100.91
            2026, DAILY,  pm25,  75,    PM25, 114, 50/55*15+100 = 113.64
            2026, DAILY,  pm25, 114,    PM25, 150, 50/55*54+100 = 149.09
            2026, DAILY,  pm25, 115,    PM25, 150, breakpoint
            2026, DAILY,  pm25, 116,    PM25, 152, 50/35*1+150 = 151.43
            2012, HOURLY, pm25,  35.1,  PM25,  51, 50/40*0.1+50 = 50.125
            2012, HOURLY, pm25,  60,    PM25,  82, 50/40*25+50 = 81.25
            2012, HOURLY, pm25,  74,    PM25,  99, 50/40*39+50 = 98.75
            2012, DAILY,  pm25,  75,    PM25, 100, breakpoint
            2012, DAILY,  pm25,  75.1,  PM25, 101, 50/40*0.1+100 = 100.125
            2012, DAILY,  pm25,  76,    PM25, 102, 50/40*1+100 = 101.25
            2012, DAILY,  pm25, 150,    PM25, 200, breakpoint
            2012, DAILY,  pm25, 251,    PM25, 301, 100/100*1+300 = 301
            2012, DAILY,  pm25, 500,    PM25, 500, top breakpoint
            # PM10; 2026 changed the 100 breakpoint 150 -> 120
            2026, HOURLY, pm10,  51,    PM10,  51, 50/70*1+50 = 50.71
            2026, HOURLY, pm10, 100,    PM10,  86, 50/70*50+50 = 85.71
            2026, DAILY,  pm10, 119,    PM10, 100, 50/70*69+50 = 99.29
            2026, DAILY,  pm10, 120,    PM10, 100, breakpoint
            2026, DAILY,  pm10, 121,    PM10, 101, 50/130*1+100 = 100.38
            2026, DAILY,  pm10, 150,    PM10, 112, 50/130*30+100 = 111.54
            2012, HOURLY, pm10, 100,    PM10,  75, 50/100*50+50 = 75
            2012, HOURLY, pm10, 120,    PM10,  85, 50/100*70+50 = 85
            2012, DAILY,  pm10, 149,    PM10, 100, 50/100*99+50 = 99.5
            2012, DAILY,  pm10, 150,    PM10, 100, breakpoint
            2012, DAILY,  pm10, 151,    PM10, 101, 50/100*1+100 = 100.5
            2012, DAILY,  pm10, 420,    PM10, 300, breakpoint
            2012, DAILY,  pm10, 421,    PM10, 302, 100/80*1+300 = 301.25
            2012, DAILY,  pm10, 600,    PM10, 500, top breakpoint
            # SO2 24-hour (DAILY so2)
            2012, DAILY,  so2,   50,    SO2,   50, breakpoint
            2012, DAILY,  so2,   51,    SO2,   51, 50/100*1+50 = 50.5
            2012, DAILY,  so2,  200,    SO2,  108, 50/325*50+100 = 107.69
            2026, DAILY,  so2,  200,    SO2,  108, same in 2026
            2012, DAILY,  so2,  800,    SO2,  200, breakpoint
            2012, DAILY,  so2,  801,    SO2,  201, 100/800*1+200 = 200.125
            2012, DAILY,  so2, 2101,    SO2,  401, 100/520*1+400 = 400.19
            2012, DAILY,  so2, 2620,    SO2,  500, top breakpoint
            # SO2 1-hour (HOURLY so2)
            2012, HOURLY, so2,  150,    SO2,   50, breakpoint
            2012, HOURLY, so2,  151,    SO2,   51, 50/350*1+50 = 50.14
            2012, HOURLY, so2,  501,    SO2,  101, 50/150*1+100 = 100.33
            2012, HOURLY, so2,  700,    SO2,  167, 50/150*50+150 = 166.67
            2026, HOURLY, so2,  700,    SO2,  167, same in 2026
            2012, HOURLY, so2,  800,    SO2,  200, top breakpoint
            # NO2 24-hour (DAILY no2)
            2012, DAILY,  no2,   40,    NO2,   50, breakpoint
            2012, DAILY,  no2,   41,    NO2,   52, 50/40*1+50 = 51.25
            2012, DAILY,  no2,   81,    NO2,  101, 50/100*1+100 = 100.5
            2012, DAILY,  no2,  566,    NO2,  301, 100/185*1+300 = 300.54
            2026, DAILY,  no2,  566,    NO2,  301, same in 2026
            2012, DAILY,  no2,  940,    NO2,  500, top breakpoint
            # NO2 1-hour (HOURLY no2)
            2012, HOURLY, no2,  200,    NO2,  100, breakpoint
            2012, HOURLY, no2,  201,    NO2,  101, 50/500*1+100 = 100.1
            2026, HOURLY, no2,  201,    NO2,  101, same in 2026
            2012, HOURLY, no2, 1201,    NO2,  201, 100/1140*1+200 = 200.09
            2012, HOURLY, no2, 3840,    NO2,  500, top breakpoint
            # CO 24-hour (DAILY co), mg/m3
            2012, DAILY,  co,     2,    CO,    50, breakpoint
            2012, DAILY,  co,     2.1,  CO,    53, 50/2*0.1+50 = 52.5
            2026, DAILY,  co,     2.1,  CO,    53, same in 2026
            2012, DAILY,  co,     3.9,  CO,    98, 50/2*1.9+50 = 97.5
            2012, DAILY,  co,     4.1,  CO,   101, 50/10*0.1+100 = 100.5
            2012, DAILY,  co,    60,    CO,   500, top breakpoint
            # CO 1-hour (HOURLY co)
            2012, HOURLY, co,     5.1,  CO,    51, 50/5*0.1+50 = 51 exactly
            2012, HOURLY, co,    10,    CO,   100, breakpoint
            2012, HOURLY, co,    10.1,  CO,   101, 50/25*0.1+100 = 100.2
            2026, HOURLY, co,    10.1,  CO,   101, same in 2026
            # O3 1-hour (HOURLY o3)
            2012, HOURLY, o3,   160,    O3_1H, 50, breakpoint
            2012, HOURLY, o3,   161,    O3_1H, 52, 50/40*1+50 = 51.25
            2026, HOURLY, o3,   161,    O3_1H, 52, same in 2026
            2012, HOURLY, o3,   201,    O3_1H, 101, 50/100*1+100 = 100.5
            2012, HOURLY, o3,  1200,    O3_1H, 500, top breakpoint
            # O3 8-hour (DAILY o3_8h)
            2012, DAILY,  o3_8h, 100,   O3_8H, 50, breakpoint
            2012, DAILY,  o3_8h, 101,   O3_8H, 51, 50/60*1+50 = 50.83
            2012, DAILY,  o3_8h, 161,   O3_8H, 101, 50/55*1+100 = 100.91
            2026, DAILY,  o3_8h, 161,   O3_8H, 101, same in 2026
            2012, DAILY,  o3_8h, 266,   O3_8H, 201, 100/535*1+200 = 200.19
            2012, DAILY,  o3_8h, 799,   O3_8H, 300, 100/535*534+200 = 299.81
            2012, DAILY,  o3_8h, 800,   O3_8H, 300, top breakpoint
            """, delimiter = ',', ignoreLeadingAndTrailingWhitespace = true)
    void matchesHandComputation(String standard, AqiKind kind, String field, double concentration,
                                SubIndex key, int expected, String handComputation) {
        AqiResult result = TestSupport.compute(standard, kind, TestSupport.only(field, concentration));

        assertThat(result.iaqi()).containsEntry(key, expected);
    }
}
