package org.lantian.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lantian.aqi.AqiEngine;

/** Rolling means and their validity rules (HJ 663): 6 of 8 hours, 20 of 24, 14 of 17 eight-hour windows. */
class AqiSeriesTest {

    private static final AqiEngine ENGINE = new AqiEngine();
    private static final Instant DAY_START = OffsetDateTime.parse("2020-01-20T00:00:00+08:00").toInstant();

    private static Instant hour(int h) {
        return DAY_START.plusSeconds(3600L * h);
    }

    private static HourlyMeans o3(double o3) {
        return new HourlyMeans(50.0, 80.0, 10.0, 20.0, 0.5, o3, 1);
    }

    @Test
    void eightHourOzoneNeedsSixOfEightHours() {
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        for (int h = 1; h <= 5; h++) {
            hours.put(hour(h), o3(100.0 + h));
        }
        AqiSeries series = new AqiSeries(ENGINE, hours);
        assertThat(series.mean(hour(5), 8, 6, HourlyMeans::o3)).isNull();
        hours.put(hour(6), o3(106.0));
        assertThat(new AqiSeries(ENGINE, hours).mean(hour(6), 8, 6, HourlyMeans::o3)).isEqualTo(103.5);
        // the window is the 8 hours ending at the hour: hour 1 is outside the window ending at hour 9
        hours.put(hour(9), o3(109.0));
        assertThat(new AqiSeries(ENGINE, hours).mean(hour(9), 8, 6, HourlyMeans::o3)).isEqualTo(104.833); // (102+103+104+105+106+109)/6
    }

    @Test
    void meansAreExactToThreeDecimals() {
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        for (int h = 1; h <= 6; h++) {
            hours.put(hour(h), o3(h == 1 ? 100.0 : 100.1));
        }
        // (100 + 5×100.1)/6 = 100.08333… → 100.083, whatever the floating-point sum would give
        assertThat(new AqiSeries(ENGINE, hours).mean(hour(6), 8, 6, HourlyMeans::o3)).isEqualTo(100.083);
    }

    @Test
    void dailyNeedsTwentyHoursForTwentyFourHourMeans() {
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        for (int h = 1; h <= 17; h++) {
            hours.put(hour(h), o3(40.0));
        }
        AqiViews.DayAqi daily = new AqiSeries(ENGINE, hours).daily(LocalDate.parse("2020-01-20")).orElseThrow();
        AqiViews.DayConcentrations c = daily.concentrations();
        assertThat(c.pm25()).isNull();
        assertThat(c.o3_8h()).isNull(); // valid windows end 08:00–19:00 (the last with 6 of 8 hours): 12 < 14
        for (int h = 18; h <= 21; h++) {
            hours.put(hour(h), o3(40.0));
        }
        daily = new AqiSeries(ENGINE, hours).daily(LocalDate.parse("2020-01-20")).orElseThrow();
        AqiViews.DayConcentrations c2 = daily.concentrations();
        assertThat(c2.pm25()).isEqualTo(50.0);
        assertThat(c2.o3_8h()).isEqualTo(40.0); // 16 valid windows (08:00–23:00)
        assertThat(daily.aqi()).isEqualTo(69); // PM10 24h 80 → 50 + 50/100×30 = 65; PM2.5 50 → 50+50/40×15 = 68.75 → 69
    }

    @Test
    void theHourEndingAtMidnightTakesTheStandardOfItsDay() {
        // 2026-02-28 is the last day of HJ 633-2012: PM2.5 70 → ceil(50/40×35+50) = 94 (2026 would give 110)
        Instant midnight = OffsetDateTime.parse("2026-03-01T00:00:00+08:00").toInstant();
        TreeMap<Instant, HourlyMeans> hours = new TreeMap<>();
        hours.put(midnight, new HourlyMeans(70.0, 50.0, 10.0, 20.0, 0.5, 30.0, 1));
        AqiViews.HourAqi hourly = new AqiSeries(ENGINE, hours).hourly(midnight).orElseThrow();
        assertThat(hourly.standard()).isEqualTo("HJ633-2012");
        assertThat(hourly.aqi()).isEqualTo(94);
    }

    @Test
    void aDayIsTheHoursEndingOneToMidnightShanghai() {
        assertThat(RegionAqiAggregator.dayOf(OffsetDateTime.parse("2020-01-21T00:00:00+08:00").toInstant()))
                .isEqualTo(LocalDate.parse("2020-01-20"));
        assertThat(RegionAqiAggregator.dayOf(OffsetDateTime.parse("2020-01-20T01:00:00+08:00").toInstant()))
                .isEqualTo(LocalDate.parse("2020-01-20"));
    }
}
