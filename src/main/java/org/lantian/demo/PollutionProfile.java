package org.lantian.demo;

import java.time.Instant;
import java.time.ZoneOffset;

/** The scenario's PM2.5 shape without noise: the city-wide level by hour, county factors, the diurnal cycle. */
final class PollutionProfile {

    private final Scenario scenario;
    private final ZoneOffset zone;
    private final Instant start;

    PollutionProfile(Scenario scenario, Instant start) {
        this.scenario = scenario;
        this.zone = ZoneOffset.of(scenario.zoneOffset());
        this.start = start;
    }

    /** The city-wide level at {@code hour} after the start, linear within each phase; before and after: the ends. */
    double base(double hour) {
        double from = 0;
        Scenario.Phase last = null;
        for (Scenario.Phase p : scenario.phases()) {
            if (hour <= from + p.hours()) {
                double t = Math.max(0, hour - from) / p.hours();
                return p.pm25From() + t * (p.pm25To() - p.pm25From());
            }
            from += p.hours();
            last = p;
        }
        return last == null ? 0 : last.pm25To();
    }

    double countyFactor(String countyCode) {
        return scenario.countyFactors().getOrDefault(countyCode, scenario.defaultCountyFactor());
    }

    /** Night-time inversions keep winter PM2.5 highest around the scenario's peak hour (local). */
    double diurnal(int hour) {
        int local = localHour(hour);
        Scenario.Diurnal d = scenario.diurnal();
        return 1 + d.amplitude() * Math.cos(2 * Math.PI * (local - d.peakHour()) / 24.0);
    }

    int localHour(int hour) {
        return start.plusSeconds(3600L * hour).atOffset(zone).getHour();
    }

    ZoneOffset zone() {
        return zone;
    }
}
