package org.lantian.eventlog;

/**
 * The log takes only the types of {@link EventType}, so events a test makes up to exercise the chain, its pages or
 * its export carry a real one: {@link EventType#ACCESS_DENIED}, which no job reads back and no scenario lists in full
 * (denial tests count their own by actor). Such events are told apart by their ids, actors ("tester", "writer-…",
 * "load") and warning ids ({@code W-<run>}), never by type.
 */
final class SyntheticEvents {

    static final EventType TYPE = EventType.ACCESS_DENIED;

    private SyntheticEvents() {
    }
}
