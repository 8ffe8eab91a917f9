package org.lantian.platform.ingest;

import java.util.List;

import org.lantian.platform.failure.RecordRejected;

/** A batch write's outcome, and the records the store itself refused (e.g. too late), which go to the DLQ. */
public record StoreResult<T>(StoreOutcome outcome, List<Refused<T>> refused) {

    public record Refused<T>(T value, RecordRejected why) {
    }

    public static <T> StoreResult<T> of(StoreOutcome outcome) {
        return new StoreResult<>(outcome, List.of());
    }
}
