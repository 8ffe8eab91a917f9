package org.lantian.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lantian.kafka")
public interface KafkaSettings {

    /** Classpath location of the topic catalog. */
    @WithDefault("kafka/topics.json")
    String catalog();

    /** Create catalog topics that do not exist yet at start (never alters existing ones). */
    @WithDefault("true")
    boolean createTopics();

    /** The largest record value an input topic accepts; larger ones go to the DLQ as {@code too-large}, unread. */
    @WithDefault("1048576")
    int maxRecordBytes();

    /** Kafka producer settings for the outbox relay and the dead-letter topics, by their Kafka names. */
    java.util.Map<String, String> producer();
}
