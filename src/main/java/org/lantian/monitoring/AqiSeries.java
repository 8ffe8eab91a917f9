package org.lantian.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;

import org.lantian.aqi.AqiEngine;
import org.lantian.aqi.AqiInput;
import org.lantian.aqi.AqiKind;
import org.lantian.aqi.AqiStandard;
import org.lantian.aqi.AqiStandards;
import org.lantian.aqi.AqiView;

/**
 * Hourly and daily AQI from a series of hourly means (hour = end of the hour),
 * for a station or a region. Derived values follow the data-validity rules of
 * HJ 663: an 8-hour O₃ mean needs 6 of its 8 hours, a 24-hour mean 20 of 24; the
 * daily maximum 8-hour O₃ is taken over the windows ending 08:00–24:00 of the
 * day and needs 14 of those 17 (unless it exceeds the 160 µg/m³ limit anyway). Means are kept to 3 decimals so that the result
 * does not depend on the order data arrived in.
 */
public final class AqiSeries {

    private static final Duration HOUR = Duration.ofHours(1);
    /** GB 3095-2012 grade II limit of the 8-hour O₃ mean, µg/m³. */
    private static final double O3_8H_LIMIT = 160;

    private final AqiEngine engine;
    private final NavigableMap<Instant, HourlyMeans> hours;

    public AqiSeries(AqiEngine engine, NavigableMap<Instant, HourlyMeans> hours) {
        this.engine = engine;
        this.hours = hours;
    }

    /** The hourly (real-time) AQI of the hour ending at {@code hour}, with the concentrations it used. */
    public Optional<AqiViews.HourAqi> hourly(Instant hour) {
        HourlyMeans m = hours.get(hour);
        if (m == null) {
            return Optional.empty();
        }
        Double o3_8h = mean(hour, 8, 6, HourlyMeans::o3);
        Double so2_24h = mean(hour, 24, 20, HourlyMeans::so2);
        AqiInput input = new AqiInput(m.pm25(), m.pm10(), m.so2(), m.no2(), m.co(), m.o3(), o3_8h, so2_24h);
        // the hour ending 24:00 belongs to the day it ends, whose standard applies
        AqiStandard standard = engine.standards().forDate(RegionAqiAggregator.dayOf(hour));
        AqiView v = AqiView.of(engine.compute(standard, AqiKind.HOURLY, input));
        AqiViews.HourConcentrations concentrations = new AqiViews.HourConcentrations(m.pm25(), m.pm10(), m.so2(), m.no2(), m.co(),
                m.o3(), o3_8h, mean(hour, 24, 20, HourlyMeans::pm25), mean(hour, 24, 20, HourlyMeans::pm10), so2_24h);
        return Optional.of(new AqiViews.HourAqi(v.standard(), v.aqi(), v.display(), v.category(), v.categoryEn(), v.level(),
                v.color(), v.primaryPollutants(), v.exceedingPollutants(), v.iaqi(),
                OffsetDateTime.ofInstant(hour, AqiStandards.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), concentrations,
                m.stationCount(), null));
    }

    /** The daily AQI of an Asia/Shanghai day: hours ending 01:00 … 24:00. Empty when no hour of it has data. */
    public Optional<AqiViews.DayAqi> daily(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(AqiStandards.ZONE).toInstant();
        if (hours.subMap(end.minus(Duration.ofHours(24)), false, end, true).isEmpty()) {
            return Optional.empty();
        }
        Double o3_8hMax = null;
        int validWindows = 0;
        for (int k = 16; k >= 0; k--) {
            Double window = mean(end.minus(HOUR.multipliedBy(k)), 8, 6, HourlyMeans::o3);
            if (window != null) {
                validWindows++;
                o3_8hMax = o3_8hMax == null ? window : Math.max(o3_8hMax, window);
            }
        }
        // HJ 663: fewer than 14 valid windows still count when the maximum exceeds the limit (GB 3095: 160)
        if (validWindows < 14 && (o3_8hMax == null || o3_8hMax <= O3_8H_LIMIT)) {
            o3_8hMax = null;
        }
        Double o3_1hMax = hours.subMap(end.minus(Duration.ofHours(24)), false, end, true).values().stream()
                .map(HourlyMeans::o3).filter(v -> v != null).max(Double::compare).orElse(null);
        AqiInput input = new AqiInput(mean(end, 24, 20, HourlyMeans::pm25), mean(end, 24, 20, HourlyMeans::pm10),
                mean(end, 24, 20, HourlyMeans::so2), mean(end, 24, 20, HourlyMeans::no2),
                mean(end, 24, 20, HourlyMeans::co), o3_1hMax, o3_8hMax, null);
        AqiView v = AqiView.of(engine.compute(engine.standards().forDate(day), AqiKind.DAILY, input));
        AqiViews.DayConcentrations concentrations = new AqiViews.DayConcentrations(input.pm25(), input.pm10(), input.so2(),
                input.no2(), input.co(), o3_1hMax, o3_8hMax);
        return Optional.of(new AqiViews.DayAqi(v.standard(), v.aqi(), v.display(), v.category(), v.categoryEn(), v.level(),
                v.color(), v.primaryPollutants(), v.exceedingPollutants(), v.iaqi(), day.toString(), concentrations,
                hours.subMap(end.minus(Duration.ofHours(24)), false, end, true).size(), null));
    }

    /** Mean over the {@code span} hours ending at {@code end}, if at least {@code needed} have a value. */
    Double mean(Instant end, int span, int needed, Function<HourlyMeans, Double> value) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (HourlyMeans m : hours.subMap(end.minus(HOUR.multipliedBy(span)), false, end, true).values()) {
            Double v = value.apply(m);
            if (v != null) {
                sum = sum.add(BigDecimal.valueOf(v));
                count++;
            }
        }
        if (count < needed) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
