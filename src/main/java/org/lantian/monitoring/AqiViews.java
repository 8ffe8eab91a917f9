package org.lantian.monitoring;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the AQI endpoints answer. The hourly and daily entries are the AQI content as {@link AqiSeries} computes it and
 * region_hour_aqi / region_day_aqi store it (and aq.monitoring.region-aqi.v1 publishes it): the same fields, typed.
 */
public final class AqiViews {

    private AqiViews() {
    }

    /** GET /api/regions/{code}/aqi. {@code today} is provisional ({@code closed=false}), {@code yesterday} closed. */
    public record RegionAqi(Region region, HourAqi current, List<HourAqi> last24h, DayAqi today, DayAqi yesterday,
                            ForecastView forecast) {
    }

    /** GET /api/stations/{code}/aqi, computed from the station's readings. */
    public record StationAqi(Station station, HourAqi current, List<HourAqi> last24h, DayAqi today, DayAqi yesterday) {
    }

    /** The latest forecast of a region: when it was issued (Asia/Shanghai offset) and its periods as received. */
    public record ForecastView(String issuedAt, List<Forecast.Period> periods) {
    }

    /**
     * The AQI of one hour (hour ending at {@code hour}, Asia/Shanghai).
     *
     * @param display        "NA", "500+" beyond the table, otherwise the number
     * @param iaqi           every sub-index that could be computed, by the contract's concentration names (pm25, …, o3_8h)
     * @param concentrations the means it was computed from (µg/m³, CO mg/m³); null where too few hours
     * @param stationCount   the stations whose readings make the means
     * @param revision       in answers read from region_hour_aqi: its revision (not part of the stored content)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HourAqi(String standard, Integer aqi, String display, String category, String categoryEn, Integer level,
                          String color, List<String> primaryPollutants, List<String> exceedingPollutants,
                          Map<String, Integer> iaqi, String hour, HourConcentrations concentrations, int stationCount,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer revision) {

        HourAqi withRevision(int revision) {
            return new HourAqi(standard, aqi, display, category, categoryEn, level, color, primaryPollutants, exceedingPollutants,
                    iaqi, hour, concentrations, stationCount, revision);
        }
    }

    /**
     * The daily AQI of an Asia/Shanghai day (hours ending 01:00 … 24:00).
     *
     * @param hours  the hours of the day with data
     * @param closed in answers: false for today (provisional), true for a day that has ended (not part of the stored content)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DayAqi(String standard, Integer aqi, String display, String category, String categoryEn, Integer level,
                         String color, List<String> primaryPollutants, List<String> exceedingPollutants,
                         Map<String, Integer> iaqi, String day, DayConcentrations concentrations, int hours,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean closed) {

        DayAqi withClosed(boolean closed) {
            return new DayAqi(standard, aqi, display, category, categoryEn, level, color, primaryPollutants, exceedingPollutants,
                    iaqi, day, concentrations, hours, closed);
        }
    }

    /** An hour's means: one-hour values, the 8-hour O₃ and the 24-hour PM and SO₂ means ending at the hour. */
    public record HourConcentrations(Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3, Double o3_8h,
                                     Double pm25_24h, Double pm10_24h, Double so2_24h) {
    }

    /** A day's means: 24-hour means, the maximum one-hour O₃ and the maximum 8-hour O₃ of the day. */
    public record DayConcentrations(Double pm25, Double pm10, Double so2, Double no2, Double co, Double o3, Double o3_8h) {
    }
}
