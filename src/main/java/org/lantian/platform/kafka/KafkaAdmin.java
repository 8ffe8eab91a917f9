package org.lantian.platform.kafka;

import java.time.Duration;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClient;

import io.smallrye.common.annotation.Identifier;

/**
 * One admin client of the application's broker, made on first use (an application that never asks opens no
 * connection) and closed at shutdown; for the occasional question — a topic's limits, partitions' end offsets.
 */
@ApplicationScoped
public class KafkaAdmin {

    private final Map<String, Object> kafkaConfig;
    private volatile AdminClient admin;

    KafkaAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    public AdminClient client() {
        AdminClient a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = AdminClient.create(KafkaClients.connectionSettings(kafkaConfig));
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        AdminClient a = admin;
        if (a != null) {
            a.close(Duration.ofSeconds(5));
        }
    }
}
