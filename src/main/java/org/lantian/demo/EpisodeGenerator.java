package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The episode as messages: pure and deterministic from (scenario, seed, start, stations). Station readings for every
 * hour, forecasts each afternoon, the provincial floor, enterprise telemetry with its baseline history and gate trucks,
 * and the scenario's bad values. Acknowledgements are not here: they answer directive ids that exist only at run time.
 */
public final class EpisodeGenerator {

    private EpisodeGenerator() {
    }

    /**
     * @param start    the episode's first hour (on the hour); every offset counts from it
     * @param stations the station codes to report for (the scenario's {@code regions} narrow them)
     */
    public static Episode generate(Scenario scenario, long seed, Instant start, List<String> stations) {
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new IllegalArgumentException("an episode starts on the hour, not at " + start);
        }
        SplittableRandom root = new SplittableRandom(seed);
        // one stream per part, split in a fixed order: changing one part's draws leaves the others alone
        SplittableRandom readingDraws = root.split();
        SplittableRandom forecastDraws = root.split();
        SplittableRandom telemetryDraws = root.split();
        PollutionProfile profile = new PollutionProfile(scenario, start);
        List<String> reporting = reporting(scenario, stations);
        List<TimedMessage> messages = new ArrayList<>();
        List<BadValue> bad = new ArrayList<>();
        readings(scenario, profile, start, reporting, readingDraws, messages, bad);
        messages.addAll(new Forecasts(scenario, profile, start, counties(reporting), forecastDraws).all());
        if (scenario.regionalWarning() != null) {
            messages.add(regionalWarning(scenario, profile, seed, start));
        }
        TelemetrySeries telemetry = new TelemetrySeries(scenario, profile, start, telemetryDraws);
        List<MeterHour> meterHours = telemetry.meterHours();
        messages.addAll(telemetry.trucks());
        // stable: within one offset the generation order above holds
        messages.sort(Comparator.comparing(TimedMessage::offset));
        return new Episode(start, scenario.hours(), profile.zone(), messages, meterHours, bad);
    }

    private static List<String> reporting(Scenario scenario, List<String> stations) {
        List<String> regions = scenario.regions();
        return stations.stream().filter(s -> regions == null || regions.isEmpty() || regions.contains(county(s)))
                .sorted().toList();
    }

    private static List<String> counties(List<String> stations) {
        return stations.stream().map(EpisodeGenerator::county).distinct().sorted().toList();
    }

    static String county(String station) {
        return station.substring(0, 6);
    }

    private static void readings(Scenario scenario, PollutionProfile profile, Instant start, List<String> stations,
                                 SplittableRandom random, List<TimedMessage> out, List<BadValue> bad) {
        Map<String, Scenario.BadKind> badAt = new HashMap<>();
        for (Scenario.BadReading b : scenario.badReadings()) {
            if (!stations.contains(b.station()) || b.hour() < 1 || b.hour() > scenario.hours()) {
                throw new IllegalArgumentException("bad reading " + b + ": no such station or hour in the episode");
            }
            badAt.put(b.hour() + "/" + b.station(), b.kind());
        }
        double[] stationFactor = new double[stations.size()];
        for (int i = 0; i < stations.size(); i++) {
            stationFactor[i] = 1 + scenario.stationSpread() * Bodies.jitter(random);
        }
        for (int h = 1; h <= scenario.hours(); h++) {
            String observedAt = Bodies.time(start.plusSeconds(3600L * h), profile.zone());
            // the hour ending at h: its middle sets the level
            double level = profile.base(h - 0.5) * profile.diurnal(h);
            for (int i = 0; i < stations.size(); i++) {
                String station = stations.get(i);
                // always the same four draws per station-hour, whatever is used, so values do not shift
                double noise = Bodies.jitter(random);
                double absent = random.nextDouble();
                double nullPm25 = random.nextDouble();
                double o3Noise = Bodies.jitter(random);
                Scenario.BadKind kind = badAt.get(h + "/" + station);
                ObjectNode body;
                if (kind != null) {
                    body = badReading(station, observedAt, kind);
                    bad.add(new BadValue(station, observedAt, kind));
                } else if (absent < scenario.missing().absentShare()) {
                    continue;
                } else {
                    double pm25 = level * profile.countyFactor(county(station)) * stationFactor[i]
                            * (1 + scenario.hourlyNoise() * noise);
                    body = reading(station, observedAt, pm25, nullPm25 < scenario.missing().pm25NullShare(),
                            profile.localHour(h), o3Noise);
                }
                out.add(new TimedMessage(Duration.ofHours(h), Topics.READINGS, station, body.toString()));
            }
        }
    }

    /** PM2.5 with the other pollutants following it as in a coal-heated winter inversion; O3 peaks in the afternoon. */
    private static ObjectNode reading(String station, String observedAt, double pm25, boolean pm25Missing, int localHour,
                                      double o3Noise) {
        ObjectNode r = Bodies.object().put("stationCode", station).put("observedAt", observedAt);
        if (pm25Missing) {
            r.putNull("pm25");
        } else {
            r.put("pm25", Bodies.round1(pm25));
        }
        r.put("pm10", Bodies.round1(pm25 * 1.35 + 15));
        r.put("so2", Bodies.round1(15 + 0.12 * pm25));
        r.put("no2", Bodies.round1(25 + 0.18 * pm25));
        r.put("co", Bodies.round1(0.4 + 0.009 * pm25));
        double o3 = Math.max(4, 70 - 0.25 * pm25) * (1 + 0.5 * Math.cos(2 * Math.PI * (localHour - 15) / 24.0));
        r.put("o3", Bodies.round1(o3 * (1 + 0.1 * o3Noise)));
        return r;
    }

    private static ObjectNode badReading(String station, String observedAt, Scenario.BadKind kind) {
        ObjectNode r = Bodies.object().put("stationCode", station).put("observedAt", observedAt);
        switch (kind) {
            case NEGATIVE -> r.put("pm25", -5.0);
            case IMPLAUSIBLE -> r.put("pm25", 5000.0);
            case NOT_A_NUMBER -> r.put("pm25", "n/a");
        }
        return r.put("pm10", 120.0);
    }

    private static TimedMessage regionalWarning(Scenario scenario, PollutionProfile profile, long seed, Instant start) {
        Scenario.RegionalFloor w = scenario.regionalWarning();
        ObjectNode body = Bodies.object()
                .put("regionCode", w.issuerRegion())
                // one id per run (seed and start), so a replay of another run does not replace this one's floor
                .put("warningId", "demo-episode-" + seed + "-" + start.getEpochSecond() / 3600)
                .put("level", w.level());
        w.regions().forEach(body.putArray("regions")::add);
        body.put("effectiveFrom", Bodies.time(start.plusSeconds(3600L * w.fromHour()), profile.zone()))
                .put("effectiveTo", Bodies.time(start.plusSeconds(3600L * w.toHour()), profile.zone()))
                .put("issuedAt", Bodies.time(start.plusSeconds(3600L * w.issuedHour()), profile.zone()))
                .put("issuedBy", w.issuedBy())
                .put("reason", w.reason());
        return new TimedMessage(Duration.ofHours(w.issuedHour()), Topics.REGIONAL, w.issuerRegion(), body.toString());
    }
}
