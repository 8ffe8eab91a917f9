package org.lantian.platform.outbox;

import java.time.OffsetDateTime;

/** What an admin did with a parked row: {@code action} is REQUEUED or DISCARDED. */
public record ParkingDecision(long id, String topic, String key, String messageId, String action, String reason, String by,
                              OffsetDateTime at) {
}
