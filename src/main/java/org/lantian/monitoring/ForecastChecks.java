package org.lantian.monitoring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.failure.RecordRejected;

/**
 * The semantic checks of a forecast, which the monitoring ingestor applies before storing; other consumers of the
 * forecast topic use them to accept exactly what is stored.
 */
@ApplicationScoped
public class ForecastChecks {

    private final MonitoringReferenceData reference;
    private final MonitoringSettings settings;
    private final Clock clock;

    ForecastChecks(MonitoringReferenceData reference, MonitoringSettings settings, Clock clock) {
        this.reference = reference;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws RecordRejected when the forecast would not be stored */
    public void validate(Forecast f) {
        if (!reference.regions().contains(f.regionCode())) {
            throw new RecordRejected("unknown-region", "regionCode", "no region " + f.regionCode());
        }
        Measurements.requireNotInFuture("issuedAt", f.issuedAt(), clock, settings.maxFutureSkew());
        for (int i = 0; i < f.periods().size(); i++) {
            Forecast.Period p = f.periods().get(i);
            String at = "periods[" + i + "]";
            if (!p.to().isAfter(p.from())) {
                throw new RecordRejected("invalid-period", at + ".to", at + " ends at " + p.to() + ", not after its start " + p.from());
            }
            Measurements.requirePlausible(at + ".aqi", p.aqi(), settings.limits().forecastAqi());
        }
    }
}
