package org.lantian.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The topic catalog of {@code kafka/topics.json}: every topic Lantian reads or writes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicCatalog(List<Topic> topics) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String name, String direction, String key, String schema, String dlqOf,
                        int partitions, long retentionMs, String cleanupPolicy, String description) {

        public boolean incoming() {
            return "in".equals(direction);
        }
    }

    public static TopicCatalog load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("topic catalog " + resource + " not found on the classpath");
            }
            return new ObjectMapper().readValue(in, TopicCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic catalog " + resource, e);
        }
    }

    public Optional<Topic> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlq";
    }
}
