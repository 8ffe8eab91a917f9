package org.lantian.platform.outbox;

import java.time.OffsetDateTime;

/**
 * A parked outbox row as the admin sees it. {@code sizeBytes} is what the record carries (key, value and the
 * message-id header), {@code waiting} how many later unpublished rows of the same topic and key wait behind it.
 */
public record ParkedMessage(long id, String topic, String key, String messageId, long sizeBytes, String reason,
                            OffsetDateTime parkedAt, OffsetDateTime createdAt, long waiting) {
}
