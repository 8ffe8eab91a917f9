package org.lantian.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The producer's tuning comes from lantian.kafka.producer.* by the settings' Kafka names (dots and all). */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ProducerSettingsTest {

    @Inject
    KafkaSender sender;

    @Test
    void theProducerTakesItsTuningFromConfigurationUnderItsKafkaNames() {
        assertThat(sender.tuning()).containsEntry("linger.ms", "5").containsEntry("batch.size", "262144")
                .containsEntry("max.block.ms", "15000").containsEntry("client.id", "lantian-sender");
    }
}
