package org.lantian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.TopicCatalog;
import org.lantian.platform.kafka.TopicProvisioner;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** At start every catalog topic exists as the catalog says; a second run creates nothing and changes nothing. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class TopicProvisioningTest {

    @Inject
    TopicCatalog catalog;

    @Inject
    TopicProvisioner provisioner;

    @Test
    void everyCatalogTopicExistsWithItsPartitionsAndRetention() throws Exception {
        try (AdminClient admin = admin()) {
            List<String> names = catalog.topics().stream().map(TopicCatalog.Topic::name).toList();
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            for (TopicCatalog.Topic topic : catalog.topics()) {
                assertThat(described.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
            }
            TopicCatalog.Topic readings = catalog.topic("aq.monitoring.readings.v1").orElseThrow();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, readings.name());
            String retention = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS)
                    .get(resource).get("retention.ms").value();
            assertThat(retention).isEqualTo(Long.toString(readings.retentionMs()));
        }
    }

    @Test
    void everyInputTopicHasItsDeadLetterTopic() {
        catalog.topics().stream().filter(TopicCatalog.Topic::incoming).forEach(t ->
                assertThat(catalog.topic(t.name() + ".dlq")).as(t.name() + ".dlq").isPresent());
        assertThat(catalog.topics()).extracting(TopicCatalog.Topic::name).contains(
                "aq.monitoring.readings.v1", "aq.monitoring.forecasts.v1", "aq.monitoring.enterprise-telemetry.v1",
                "aq.monitoring.region-aqi.v1", "aq.warning.regional.v1", "aq.warning.events.v1",
                "aq.directive.industrial.v1", "aq.directive.vehicle.v1", "aq.directive.construction.v1",
                "aq.directive.acks.v1");
    }

    @Test
    void existingTopicsAreNeverChanged() throws Exception {
        // an operator changed a topic's retention; a later start must leave it as it is
        String name = "aq.directive.acks.v1.dlq";
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, name);
        try (AdminClient admin = admin()) {
            alterRetention(admin, topic, "12345000");
            assertThat(provisioner.createMissing()).isEmpty();
            String retention = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
                    .get("retention.ms").value();
            assertThat(retention).isEqualTo("12345000");
            TopicDescription d = admin.describeTopics(Set.of(name)).allTopicNames().get(30, TimeUnit.SECONDS).get(name);
            assertThat(d.partitions()).hasSize(catalog.topic(name).orElseThrow().partitions());
            alterRetention(admin, topic, Long.toString(catalog.topic(name).orElseThrow().retentionMs()));
        }
    }

    private static void alterRetention(AdminClient admin, ConfigResource topic, String value) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
                new org.apache.kafka.clients.admin.ConfigEntry("retention.ms", value),
                org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
    }

    private static AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.bootstrap()));
    }
}
