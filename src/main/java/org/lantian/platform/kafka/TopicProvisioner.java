package org.lantian.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Creates the catalog's missing topics at start. Idempotent and conservative:
 * an existing topic is never changed, whatever the catalog says now.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final TopicCatalog catalog;
    private final KafkaSettings settings;
    private final Map<String, Object> kafkaConfig;

    TopicProvisioner(TopicCatalog catalog, KafkaSettings settings,
                     @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.catalog = catalog;
        this.settings = settings;
        this.kafkaConfig = kafkaConfig;
    }

    // before the messaging channels subscribe
    void onStart(@Observes @Priority(1) StartupEvent event) throws Exception {
        if (settings.createTopics()) {
            createMissing();
        }
    }

    public List<String> createMissing() throws InterruptedException, ExecutionException {
        try (AdminClient admin = AdminClient.create(KafkaClients.connectionSettings(kafkaConfig))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = catalog.topics().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(TopicProvisioner::newTopic)
                    .toList();
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s (%d partitions)", topic.name(), topic.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("timed out creating topic " + topic.name(), e);
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        }
    }

    private static NewTopic newTopic(TopicCatalog.Topic t) {
        // replication factor: the broker's default.replication.factor
        NewTopic topic = new NewTopic(t.name(), Optional.of(t.partitions()), Optional.empty());
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(t.retentionMs()));
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, t.cleanupPolicy());
        return topic.configs(configs);
    }
}
