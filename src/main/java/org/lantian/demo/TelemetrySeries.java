package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Electricity of the listed enterprises' metered lines, hourly, from {@code historyDays} before the start (the
 * baseline compliance compares orders against) to the end, and their gate trucks. While under an order each
 * enterprise behaves as its {@link Scenario.Behaviour} says.
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

    /** Trucks at the gates (they come whatever the orders say). */
    List<TimedMessage> trucks() {
        List<TimedMessage> out = new ArrayList<>();
        for (Scenario.Enterprise e : scenario.enterprises()) {
            trucks(e, out);
        }
        return out;
    }

    /** Every metered hour, history included; a silent enterprise's hours from its {@code fromHour} are not there. */
    List<MeterHour> meterHours() {
        List<MeterHour> out = new ArrayList<>();
        for (Scenario.Enterprise e : scenario.enterprises()) {
            for (Scenario.Meter m : e.meters()) {
                for (int h = 1 - 24 * scenario.historyDays(); h <= scenario.hours(); h++) {
                    double noise = Bodies.jitter(random);
                    if (e.behaviour() == Scenario.Behaviour.SILENT && e.fromHour() != null && h >= e.fromHour()) {
                        continue;
                    }
                    out.add(new MeterHour(h, e, m.meter(), m.kw() * (1 + 0.03 * noise)));
                }
            }
        }
        return out;
    }

    /** The hour's electricity message, drawn as the enterprise behaves with or without an order in force. */
    static TimedMessage render(MeterHour mh, boolean ordered, double compliantShare, Instant start, ZoneOffset zone) {
        Scenario.Enterprise e = mh.enterprise();
        double kw = mh.normalKw() * (ordered ? share(e, mh.meter(), compliantShare) : 1);
        ObjectNode body = Bodies.object().put("enterpriseId", e.id())
                .put("measuredAt", Bodies.time(start.plusSeconds(3600L * mh.hour()), zone))
                .put("meter", mh.meter()).put("kind", "ELECTRICITY_KW").put("value", Bodies.round1(kw));
        return new TimedMessage(Duration.ofHours(mh.hour()), Topics.TELEMETRY, e.id(), body.toString());
    }

    /** The share of its normal load a meter draws under an order. */
    static double share(Scenario.Enterprise e, String meter, double compliantShare) {
        return switch (e.behaviour()) {
            case IGNORE_STOP -> meter.equals(e.meter()) ? 1 : compliantShare;
            case EXCEED_LIMIT -> e.share() == null ? 1 : e.share();
            case COMPLY, SILENT, BANNED_TRUCK -> compliantShare;
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
