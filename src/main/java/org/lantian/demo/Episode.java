package org.lantian.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A generated episode: its start (the hour every offset counts from), length, the zone its timestamps are written
 * in, the messages fixed in advance in publishing order, the metered hours (rendered when published, as the orders
 * then say) and the bad values among the messages.
 */
public record Episode(Instant start, int hours, ZoneOffset zone, List<TimedMessage> messages, List<MeterHour> meterHours,
                      List<BadValue> badValues) {

    public Episode {
        messages = List.copyOf(messages);
        meterHours = List.copyOf(meterHours);
        badValues = List.copyOf(badValues);
    }

    /** Everything a full replay publishes, acknowledgements aside. */
    public int total() {
        return messages.size() + meterHours.size();
    }
}
