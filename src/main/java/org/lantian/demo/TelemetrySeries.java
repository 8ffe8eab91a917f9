package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Electricity of the listed enterprises' metered lines, hourly, from {@code historyDays} before the start (the
 * baseline compliance compares orders against) to the end, and their gate trucks. In the scenario's order window
 * each enterprise behaves as its {@link Scenario.Behaviour} says.
 */
final class TelemetrySeries {

    private static final String[] CLEAN = {"CHINA_VI", "ELECTRIC", "CHINA_V"};

    private final Scenario scenario;
    private final PollutionProfile profile;
    private final Instant start;
    private final SplittableRandom random;

    TelemetrySeries(Scenario scenario, PollutionProfile profile, Instant start, SplittableRandom random) {
        this.scenario = scenario;
        this.profile = profile;
        this.start = start;
        this.random = random;
    }

    List<TimedMessage> all() {
        List<TimedMessage> out = new ArrayList<>();
        for (Scenario.Enterprise e : scenario.enterprises()) {
            for (Scenario.Meter m : e.meters()) {
                electricity(e, m, out);
            }
            trucks(e, out);
        }
        return out;
    }

    private void electricity(Scenario.Enterprise e, Scenario.Meter m, List<TimedMessage> out) {
        for (int h = 1 - 24 * scenario.historyDays(); h <= scenario.hours(); h++) {
            double noise = Bodies.jitter(random);
            if (e.behaviour() == Scenario.Behaviour.SILENT && e.fromHour() != null && h >= e.fromHour()) {
                continue;
            }
            double kw = m.kw() * share(e, m, h) * (1 + 0.03 * noise);
            ObjectNode body = Bodies.object().put("enterpriseId", e.id()).put("measuredAt", at(h, 0))
                    .put("meter", m.meter()).put("kind", "ELECTRICITY_KW").put("value", Bodies.round1(kw));
            out.add(new TimedMessage(Duration.ofHours(h), Topics.TELEMETRY, e.id(), body.toString()));
        }
    }

    /** The share of its normal load a meter draws in the hour ending at {@code h}. */
    private double share(Scenario.Enterprise e, Scenario.Meter m, int h) {
        Scenario.OrderWindow w = scenario.orderWindow();
        boolean ordered = w != null && h > w.fromHour() && h <= w.toHour();
        if (!ordered) {
            return 1;
        }
        return switch (e.behaviour()) {
            case IGNORE_STOP -> m.meter().equals(e.meter()) ? 1 : w.compliantShare();
            case EXCEED_LIMIT -> e.share() == null ? 1 : e.share();
            case COMPLY, SILENT, BANNED_TRUCK -> w.compliantShare();
        };
    }

    private void trucks(Scenario.Enterprise e, List<TimedMessage> out) {
        int perDay = e.cleanTrucksPerDay();
        for (int h = 1; perDay > 0 && h <= scenario.hours(); h++) {
            // evenly through the day, from 08:00 local
            if ((profile.localHour(h) - 8 + 24) % 24 % Math.max(1, 24 / perDay) == 0) {
                out.add(truck(e, h, 40, "晋L" + (10000 + random.nextInt(90000)), CLEAN[random.nextInt(CLEAN.length)]));
            }
        }
        if (e.trucks() != null) {
            for (Scenario.Truck t : e.trucks()) {
                out.add(truck(e, t.hour(), 25, t.plate(), t.emissionStandard()));
            }
        }
    }

    /** A passage {@code minutesBefore} the end of the hour ending at {@code h}. */
    private TimedMessage truck(Scenario.Enterprise e, int h, int minutesBefore, String plate, String standard) {
        ObjectNode body = Bodies.object().put("enterpriseId", e.id()).put("measuredAt", at(h, minutesBefore))
                .put("meter", "gate-1").put("kind", "GATE_TRUCK").put("value", 1).put("plate", plate)
                .put("emissionStandard", standard).put("direction", "IN");
        return new TimedMessage(Duration.ofHours(h).minusMinutes(minutesBefore), Topics.TELEMETRY, e.id(), body.toString());
    }

    private String at(int h, int minutesBefore) {
        return Bodies.time(start.plusSeconds(3600L * h - 60L * minutesBefore), profile.zone());
    }
}
