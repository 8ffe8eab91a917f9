package org.lantian.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;

import org.lantian.aqi.AqiEngine;
import org.lantian.aqi.AqiInput;
import org.lantian.aqi.AqiKind;
import org.lantian.aqi.AqiResult;
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
    public Optional<Map<String, Object>> hourly(Instant hour) {
        HourlyMeans m = hours.get(hour);
        if (m == null) {
            return Optional.empty();
        }
        Double o3_8h = mean(hour, 8, 6, HourlyMeans::o3);
        Double so2_24h = mean(hour, 24, 20, HourlyMeans::so2);
        AqiInput input = new AqiInput(m.pm25(), m.pm10(), m.so2(), m.no2(), m.co(), m.o3(), o3_8h, so2_24h);
        // the hour ending 24:00 belongs to the day it ends, whose standard applies
        AqiStandard standard = engine.standards().forDate(RegionAqiAggregator.dayOf(hour));
        AqiResult result = engine.compute(standard, AqiKind.HOURLY, input);
        Map<String, Object> concentrations = new LinkedHashMap<>();
        concentrations.put("pm25", m.pm25());
        concentrations.put("pm10", m.pm10());
        concentrations.put("so2", m.so2());
        concentrations.put("no2", m.no2());
        concentrations.put("co", m.co());
        concentrations.put("o3", m.o3());
        concentrations.put("o3_8h", o3_8h);
        concentrations.put("pm25_24h", mean(hour, 24, 20, HourlyMeans::pm25));
        concentrations.put("pm10_24h", mean(hour, 24, 20, HourlyMeans::pm10));
        concentrations.put("so2_24h", so2_24h);
        Map<String, Object> content = view(result);
        content.put("hour", OffsetDateTime.ofInstant(hour, AqiStandards.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        content.put("concentrations", concentrations);
        content.put("stationCount", m.stationCount());
        return Optional.of(content);
    }

    /** The daily AQI of an Asia/Shanghai day: hours ending 01:00 … 24:00. Empty when no hour of it has data. */
    public Optional<Map<String, Object>> daily(LocalDate day) {
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
        AqiResult result = engine.compute(engine.standards().forDate(day), AqiKind.DAILY, input);
        Map<String, Object> concentrations = new LinkedHashMap<>();
        concentrations.put("pm25", input.pm25());
        concentrations.put("pm10", input.pm10());
        concentrations.put("so2", input.so2());
        concentrations.put("no2", input.no2());
        concentrations.put("co", input.co());
        concentrations.put("o3", o3_1hMax);
        concentrations.put("o3_8h", o3_8hMax);
        Map<String, Object> content = view(result);
        content.put("day", day.toString());
        content.put("concentrations", concentrations);
        content.put("hours", hours.subMap(end.minus(Duration.ofHours(24)), false, end, true).size());
        return Optional.of(content);
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

    private static Map<String, Object> view(AqiResult result) {
        AqiView v = AqiView.of(result);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("standard", v.standard());
        content.put("aqi", v.aqi());
        content.put("display", v.display());
        content.put("category", v.category());
        content.put("categoryEn", v.categoryEn());
        content.put("level", v.level());
        content.put("color", v.color());
        content.put("primaryPollutants", v.primaryPollutants());
        content.put("exceedingPollutants", v.exceedingPollutants());
        content.put("iaqi", v.iaqi());
        return content;
    }
}
