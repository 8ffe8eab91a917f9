package org.lantian.consultation;

import org.lantian.compliance.FindingCounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.lantian.directive.DirectiveView;
import org.lantian.directive.OrderCounts;
import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.RegionAqiQueries.RegionDayAqi;
import org.lantian.monitoring.RegionAqiQueries.RegionHourAqi;
import org.lantian.warning.ProposalView;
import org.lantian.warning.Warning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The daily consultation brief ({@code GET /api/consultation/brief}).
 *
 * @param date     the day (Asia/Shanghai)
 * @param asOf     the end of the day, or now for today
 * @param wholeDay {@code final} in JSON: the day is over, so the brief will not change
 * @param summary  the city at a glance
 * @param regions  the city, then each county
 */
public record Brief(String date, OffsetDateTime asOf, @JsonProperty("final") boolean wholeDay, BriefSummary summary,
                    List<RegionBrief> regions) {

    /**
     * Over all regions.
     *
     * @param orders        the orders of the last 24 hours, all regions together
     * @param overdueOrders the orders overdue in the last 7 days
     * @param findings      compliance findings as of then, all regions together
     */
    public record BriefSummary(String highestEffectiveLevel, long activeWarnings, long openProposals, OrderCounts orders,
                               long overdueOrders, FindingCounts findings) {
    }

    /**
     * One region as things stood at {@code asOf}.
     *
     * @param aqiLast24h     published hourly AQI of the 24 hours to {@code asOf}
     * @param dailyAqi       the day's published AQI, null until the day has closed
     * @param latestForecast the latest forecast as it was known then, or null
     * @param openProposals  proposals open then, as {@code GET /api/warnings/proposals} shows them
     * @param activeWarnings warnings in force then, as they stood then
     * @param effectiveLevel the effective level then (from the event log)
     * @param orders         the orders issued in the 24 hours to {@code asOf}
     * @param overdueCount   orders overdue then whose deadline passed in the last 7 days
     * @param overdueOrders  the first 50 of them
     * @param findings       compliance findings on the region's orders as of then (opened by then; open or closed then)
     */
    public record RegionBrief(String regionCode, String name, String kind, List<RegionHourAqi> aqiLast24h, RegionDayAqi dailyAqi,
                              ForecastAsKnown latestForecast, List<ProposalView> openProposals, List<Warning> activeWarnings,
                              EffectiveLevelAt effectiveLevel, OrderCounts orders, long overdueCount,
                              List<DirectiveView> overdueOrders, FindingCounts findings) {
    }

    /**
     * A forecast as it was received (FORECAST_RECEIVED in the event log).
     *
     * @param issuedAt in Asia/Shanghai
     * @param revision 1 for the first version of the forecast, +1 for every correction
     */
    public record ForecastAsKnown(OffsetDateTime issuedAt, String issuer, int revision, List<Forecast.Period> periods) {
    }

    /**
     * A region's effective level (EFFECTIVE_LEVEL_CHANGED in the event log).
     *
     * @param since when it became effective (Asia/Shanghai), null for NONE never changed
     * @param cause the warning that set it, if any
     */
    public record EffectiveLevelAt(String level, OffsetDateTime since, String cause) {

        static final EffectiveLevelAt NONE = new EffectiveLevelAt("NONE", null, null);
    }
}
