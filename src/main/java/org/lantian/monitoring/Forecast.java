package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/** An AQI forecast for a region: periods of any length (a day is 24 h), possibly overlapping. */
public record Forecast(String regionCode, OffsetDateTime issuedAt, String issuer, List<Period> periods) {

    public record Period(OffsetDateTime from, OffsetDateTime to, Double aqi, String primaryPollutant) {
    }
}
