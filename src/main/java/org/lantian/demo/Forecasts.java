package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lantian.aqi.AqiCalculator;
import org.lantian.aqi.AqiInput;
import org.lantian.aqi.AqiKind;
import org.lantian.aqi.AqiStandards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Daily AQI forecasts, each afternoon, for the city and the reporting counties: the profile's daily mean, with an error. */
final class Forecasts {

    static final String CITY = "141000";
    private static final AqiStandards STANDARDS = AqiStandards.loadDefault();
    private static final AqiCalculator CALCULATOR = new AqiCalculator();

    private final Scenario scenario;
    private final PollutionProfile profile;
    private final Instant start;
    private final List<String> counties;
    private final SplittableRandom random;

    Forecasts(Scenario scenario, PollutionProfile profile, Instant start, List<String> counties, SplittableRandom random) {
        this.scenario = scenario;
        this.profile = profile;
        this.start = start;
        this.counties = counties;
        this.random = random;
    }

    List<TimedMessage> all() {
        List<TimedMessage> out = new ArrayList<>();
        Scenario.Forecasts f = scenario.forecasts();
        if (f == null || counties.isEmpty()) {
            return out;
        }
        double cityFactor = counties.stream().mapToDouble(profile::countyFactor).average().orElse(1);
        for (int h = 0; h < scenario.hours(); h++) {
            if (profile.localHour(h) != f.issueHour()) {
                continue;
            }
            Instant issuedAt = start.plusSeconds(3600L * h);
            if (f.regions() == null || f.regions().contains(CITY)) {
                out.add(forecast(CITY, cityFactor, issuedAt, f));
            }
            for (String county : counties) {
                if (f.regions() == null || f.regions().contains(county)) {
                    out.add(forecast(county, profile.countyFactor(county), issuedAt, f));
                }
            }
        }
        return out;
    }

    private TimedMessage forecast(String region, double factor, Instant issuedAt, Scenario.Forecasts f) {
        ZoneOffset zone = profile.zone();
        ObjectNode body = Bodies.object().put("regionCode", region).put("issuedAt", Bodies.time(issuedAt, zone))
                .put("issuer", "demo-episode");
        ArrayNode periods = body.putArray("periods");
        LocalDate today = issuedAt.atOffset(zone).toLocalDate();
        for (int d = 1; d <= f.days(); d++) {
            Instant from = today.plusDays(d).atStartOfDay().toInstant(zone);
            double hourFrom = Duration.between(start, from).toHours();
            double mean = 0;
            for (int k = 0; k < 24; k++) {
                mean += profile.base(hourFrom + k + 0.5) / 24;
            }
            double pm25 = mean * factor * (1 + f.error() * Bodies.jitter(random));
            Integer aqi = CALCULATOR.compute(STANDARDS.forInstant(from), AqiKind.DAILY, AqiInput.builder().pm25(pm25).build()).aqi();
            periods.addObject().put("from", Bodies.time(from, zone)).put("to", Bodies.time(from.plusSeconds(86_400), zone))
                    .put("aqi", aqi == null ? 0 : aqi).put("primaryPollutant", "PM2.5");
        }
        Duration offset = Duration.between(start, issuedAt);
        return new TimedMessage(offset, Topics.FORECASTS, region, body.toString());
    }
}
