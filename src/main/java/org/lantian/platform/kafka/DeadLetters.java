package org.lantian.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.lantian.platform.failure.RecordRejected;

/**
 * Builds the DLQ record of a rejected input. When the original would not fit the DLQ topic's
 * {@code max.message.bytes}, it is cut to fit — value truncated, oversized original headers
 * dropped, key shortened — and says so: {@code dead-letter-truncated: true} with the original
 * value's size and SHA-256, so the full record can still be found on its input topic.
 */
public final class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String FIELD = "dead-letter-field";
    public static final String DETAIL = "dead-letter-detail";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CHANNEL = "dead-letter-channel";
    public static final String TRUNCATED = "dead-letter-truncated";
    public static final String ORIGINAL_SIZE = "dead-letter-original-size";
    public static final String ORIGINAL_SHA256 = "dead-letter-original-sha256";
    public static final String HEADERS_DROPPED = "dead-letter-headers-dropped";

    static final int MAX_DETAIL_CHARS = 2_000;
    static final int MAX_KEY_BYTES_WHEN_CUT = 1_024;

    private DeadLetters() {
    }

    static ProducerRecord<byte[], byte[]> toDeadLetter(DeadLetterPublisher.DeadLetter letter, int limit) {
        ConsumerRecord<String, byte[]> in = letter.record();
        RecordHeaders ours = ours(letter);
        byte[] key = in.key() == null ? null : utf8(in.key());
        byte[] value = in.value();
        long original = TopicLimits.contentBytes(null, null, in.headers());
        int headerCount = in.headers().toArray().length + ours.toArray().length;
        if (TopicLimits.contentBytes(key, value, in.headers()) + TopicLimits.contentBytes(null, null, ours)
                + TopicLimits.framingBytes(headerCount) <= limit) {
            RecordHeaders headers = new RecordHeaders();
            in.headers().forEach(headers::add);
            ours.forEach(headers::add);
            return new ProducerRecord<>(TopicCatalog.deadLetterTopicOf(in.topic()), null, key, value, headers);
        }
        RecordHeaders headers = new RecordHeaders();
        if (original <= limit / 4) {
            in.headers().forEach(headers::add);
        } else {
            ours.add(HEADERS_DROPPED, utf8(Integer.toString(in.headers().toArray().length)));
        }
        ours.add(TRUNCATED, utf8("true"));
        ours.add(ORIGINAL_SIZE, utf8(Integer.toString(length(value))));
        ours.add(ORIGINAL_SHA256, utf8(sha256(value)));
        ours.forEach(headers::add);
        byte[] cutKey = key == null || key.length <= MAX_KEY_BYTES_WHEN_CUT ? key : Arrays.copyOf(key, MAX_KEY_BYTES_WHEN_CUT);
        long room = Math.max(0, limit - TopicLimits.framingBytes(headers.toArray().length) - TopicLimits.contentBytes(cutKey, null, headers));
        byte[] cutValue = value == null ? null : Arrays.copyOf(value, (int) Math.min(value.length, room));
        return new ProducerRecord<>(TopicCatalog.deadLetterTopicOf(in.topic()), null, cutKey, cutValue, headers);
    }

    /** The last resort when Kafka refused the letter: only why, where and the original's fingerprint. */
    static ProducerRecord<byte[], byte[]> headersOnly(DeadLetterPublisher.DeadLetter letter) {
        ConsumerRecord<String, byte[]> in = letter.record();
        RecordHeaders headers = ours(letter);
        headers.add(TRUNCATED, utf8("true"));
        headers.add(ORIGINAL_SIZE, utf8(Integer.toString(length(in.value()))));
        headers.add(ORIGINAL_SHA256, utf8(sha256(in.value())));
        byte[] key = in.key() == null ? null : utf8(in.key());
        byte[] cutKey = key == null || key.length <= MAX_KEY_BYTES_WHEN_CUT ? key : Arrays.copyOf(key, MAX_KEY_BYTES_WHEN_CUT);
        return new ProducerRecord<>(TopicCatalog.deadLetterTopicOf(in.topic()), null, cutKey, null, headers);
    }

    private static RecordHeaders ours(DeadLetterPublisher.DeadLetter letter) {
        ConsumerRecord<String, byte[]> in = letter.record();
        RecordRejected why = letter.why();
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, utf8(why.reason()));
        headers.add(FIELD, utf8(cap(why.field())));
        headers.add(DETAIL, utf8(cap(why.detail())));
        headers.add(TOPIC, utf8(in.topic()));
        headers.add(PARTITION, utf8(Integer.toString(in.partition())));
        headers.add(OFFSET, utf8(Long.toString(in.offset())));
        if (letter.channel() != null && !letter.channel().isEmpty()) {
            headers.add(CHANNEL, utf8(letter.channel()));
        }
        return headers;
    }

    /** Details can quote the input: never more than {@value #MAX_DETAIL_CHARS} characters of it. */
    static String cap(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_DETAIL_CHARS ? s : s.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value == null ? new byte[0] : value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
