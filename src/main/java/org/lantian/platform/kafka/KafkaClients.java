package org.lantian.platform.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Shared Kafka plumbing: the catalog bean and the connection part of the global Kafka config. */
@ApplicationScoped
public class KafkaClients {

    @Produces
    @Singleton
    TopicCatalog topicCatalog(KafkaSettings settings) {
        return TopicCatalog.load(settings.catalog());
    }

    /** Only what says where and how to connect, so that admin and producer clients get no alien settings. */
    public static Map<String, Object> connectionSettings(Map<String, Object> kafkaConfig) {
        Map<String, Object> result = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.") || key.equals("client.dns.lookup")) {
                result.put(key, value);
            }
        });
        return result;
    }
}
