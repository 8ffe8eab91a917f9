package org.lantian.platform.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.lantian.platform.kafka.TopicLimits;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells before sending whether a record can ever be published: its topic must exist and the record must fit the
 * topic's max.message.bytes. Sending such a record anyway would fail the same way on every round.
 */
@ApplicationScoped
class PublishPrecheck {

    /** Record batch header and per-record framing take well under this; the margin keeps us safely below the limit. */
    static final int OVERHEAD_MARGIN = 512;

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
        long size = sizeOf(record);
        if (size + OVERHEAD_MARGIN > limit) {
            return "record too large: " + size + " bytes (+" + OVERHEAD_MARGIN + " bytes overhead) exceeds max.message.bytes "
                    + limit + " of " + record.topic();
        }
        return null;
    }

    /** Key, value and headers, in bytes: what the record carries apart from the framing. */
    static long sizeOf(ProducerRecord<byte[], byte[]> record) {
        long size = (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
        for (Header h : record.headers()) {
            size += h.key().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }
}
