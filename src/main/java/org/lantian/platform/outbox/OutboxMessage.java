package org.lantian.platform.outbox;

/** A message to publish once the transaction that wrote it commits. {@code messageId} must be deterministic. */
public record OutboxMessage(String topic, String key, String messageId, String payload) {
}
