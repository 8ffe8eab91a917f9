package org.lantian.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outbox as last looked at ({@code checkedAt}): how many rows are parked (and the first few of them), and the
 * oldest row the relay should be publishing now (unpublished, not parked, not waiting behind a parked row), if any.
 */
public record OutboxState(Instant checkedAt, long parked, List<Parked> firstParked, Pending oldestPending) {

    public record Parked(long id, String topic, String key, String reason) {
    }

    public record Pending(long id, String topic, OffsetDateTime createdAt) {
    }
}
