package org.lantian.monitoring;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the AQI endpoints answer. The hourly and daily entries are the published AQI content (as stored in
 * region_hour_aqi / computed by {@link AqiSeries}): hour or day, concentrations, standard, aqi, category, …
 */
public final class AqiViews {

    private AqiViews() {
    }

    /** GET /api/regions/{code}/aqi. {@code today} is provisional ({@code closed=false}), {@code yesterday} closed. */
    public record RegionAqi(Region region, JsonNode current, List<JsonNode> last24h, Map<String, Object> today,
                            Map<String, Object> yesterday, ForecastView forecast) {
    }

    /** GET /api/stations/{code}/aqi, computed from the station's readings. */
    public record StationAqi(Station station, Map<String, Object> current, List<Map<String, Object>> last24h,
                             Map<String, Object> today, Map<String, Object> yesterday) {
    }

    /** The latest forecast of a region: when it was issued (Asia/Shanghai offset) and its periods as received. */
    public record ForecastView(String issuedAt, JsonNode periods) {
    }
}
