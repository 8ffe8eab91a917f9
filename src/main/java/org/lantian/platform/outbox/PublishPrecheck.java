package org.lantian.platform.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.lantian.platform.kafka.TopicLimits;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells before sending whether a record can ever be published: its topic must exist and the record must fit the
 * topic's max.message.bytes. Sending such a record anyway would fail the same way on every round.
 */
@ApplicationScoped
class PublishPrecheck {

    private final TopicLimits limits;

    PublishPrecheck(TopicLimits limits) {
        this.limits = limits;
    }

    /** Why the record can never be published, or null if it may be sent. Blocking: call off the event loop. */
    String refusal(ProducerRecord<byte[], byte[]> record) {
        int limit = limits.maxMessageBytes(record.topic());
        if (limit == TopicLimits.UNKNOWN_TOPIC) {
            return "unknown topic: the broker does not know " + record.topic();
        }
        long size = TopicLimits.contentBytes(record.key(), record.value(), record.headers());
        int framing = TopicLimits.framingBytes(record.headers().toArray().length);
        if (size + framing > limit) {
            return "record too large: " + size + " bytes (+" + framing + " bytes overhead) exceeds max.message.bytes "
                    + limit + " of " + record.topic();
        }
        return null;
    }
}
