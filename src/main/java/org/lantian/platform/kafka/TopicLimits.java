package org.lantian.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;


/**
 * The largest record each topic accepts ({@code max.message.bytes}, as the broker says), and
 * whether a topic exists at all: what the DLQ and the outbox check before they send, so that a
 * record that can never be published is handled as such instead of retried. Cached; blocking
 * (call it off the event loop).
 */
@ApplicationScoped
public class TopicLimits {

    private static final Logger LOG = Logger.getLogger(TopicLimits.class);
    /** The broker's default when it cannot be asked. */
    public static final int BROKER_DEFAULT = 1_048_588;
    /** A topic the broker does not know. */
    public static final int UNKNOWN_TOPIC = -1;
    /** What the producer itself will send at most (max.request.size of {@link KafkaSender}). */
    public static final int PRODUCER_MAX_REQUEST = 16 * 1024 * 1024;
    private static final long TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
    private static final long UNKNOWN_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private final KafkaAdmin admin;
    /** Limits learnt, with when; swapped whole on refresh so that no caller waits for another's lookup. */
    private volatile Map<String, Learnt> cache = new ConcurrentHashMap<>();

    private record Learnt(int limit, long at) {
    }

    TopicLimits(KafkaAdmin admin) {
        this.admin = admin;
    }

    /** What a record carries apart from framing: key, value and headers (names as UTF-8), in bytes. */
    public static long contentBytes(byte[] key, byte[] value, Iterable<Header> headers) {
        long size = (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
        for (Header h : headers) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }

    /**
     * What the broker counts besides the content: the batch header (61 bytes), the record's framing and two
     * varints per header — generously, so that a record that fits by this count fits the broker.
     */
    public static int framingBytes(int headers) {
        return 512 + 10 * headers;
    }

    /** The most bytes one record (key, value, headers and batch overhead) may take on the topic; {@link #UNKNOWN_TOPIC} if absent. */
    public int maxMessageBytes(String topic) {
        Map<String, Learnt> current = cache;
        Learnt known = current.get(topic);
        long now = System.nanoTime();
        // a topic missing now may be created in a moment (provisioning races the relay): asked again soon
        long ttl = known != null && known.limit() == UNKNOWN_TOPIC ? UNKNOWN_TTL_NANOS : TTL_NANOS;
        if (known != null && now - known.at() < ttl) {
            return known.limit();
        }
        int limit = Math.min(ask(topic), PRODUCER_MAX_REQUEST);
        current.put(topic, new Learnt(limit, now));
        return limit;
    }

    /** Forget what was learnt, e.g. after an admin raised a topic's limit. */
    public void refresh() {
        cache = new ConcurrentHashMap<>();
    }

    private int ask(String topic) {
        try {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Map<ConfigResource, Config> configs = admin().describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS);
            ConfigEntry entry = configs.get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return entry == null || entry.value() == null ? BROKER_DEFAULT : Integer.parseInt(entry.value());
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return UNKNOWN_TOPIC;
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.AuthorizationException
                    || e.getCause() instanceof org.apache.kafka.common.errors.UnsupportedVersionException) {
                // not allowed to ask (no DescribeConfigs ACL): assume the default, the broker's refusal still parks
                LOG.warnf("Cannot read max.message.bytes of %s (%s); assuming the broker default", topic, e.getCause().getMessage());
                return BROKER_DEFAULT;
            }
            LOG.warnf("Cannot read max.message.bytes of %s, will ask again: %s", topic, e.getCause());
            throw new IllegalStateException("cannot read the limits of topic " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out reading the limits of topic " + topic, e);
        }
    }

    private AdminClient admin() {
        return admin.client();
    }
}
