package org.lantian.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The episode's messages by the hour they go out with: hour 0 takes everything up to the start (the history). */
final class EpisodeHours {
    private final Map<Integer, List<TimedMessage>> fixed = new HashMap<>();
    private final Map<Integer, List<MeterHour>> metered = new HashMap<>();

    EpisodeHours(Episode episode) {
        for (TimedMessage m : episode.messages()) {
            fixed.computeIfAbsent(slot(m.offset()), k -> new ArrayList<>()).add(m);
        }
        for (MeterHour mh : episode.meterHours()) {
            metered.computeIfAbsent(Math.max(0, mh.hour()), k -> new ArrayList<>()).add(mh);
        }
    }

    /** The step a message goes out with: the first whole hour at or after its offset. */
    private static int slot(Duration offset) {
        long minutes = offset.toMinutes();
        return (int) Math.max(0, -Math.floorDiv(-minutes, 60));
    }

    List<TimedMessage> fixed(int hour) {
        return fixed.getOrDefault(hour, List.of());
    }

    List<MeterHour> metered(int hour) {
        return metered.getOrDefault(hour, List.of());
    }
}

