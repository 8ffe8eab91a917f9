package org.lantian.demo;

import java.time.Instant;
import java.util.List;

/** A generated episode: its start (the hour every offset counts from), length, messages in publishing order, the bad values among them. */
public record Episode(Instant start, int hours, List<TimedMessage> messages, List<BadValue> badValues) {

    public Episode {
        messages = List.copyOf(messages);
        badValues = List.copyOf(badValues);
    }
}
