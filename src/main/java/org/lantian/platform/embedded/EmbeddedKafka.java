package org.lantian.platform.embedded;

import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A single-node KRaft broker (broker and controller in one) in this JVM. */
public final class EmbeddedKafka implements AutoCloseable {

    /** Fixed so that a kept log directory is reused across restarts. */
    private static final String CLUSTER_ID = "bGFudGlhbi1kZXYtMDAwMQ";

    private final EmbeddedKafkaBroker broker;

    private EmbeddedKafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * @param logDir kept between starts; formatted only when new
     * @param port the client port, 0 for a free one
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(CLUSTER_ID)
                .withKafkaHost("localhost")
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dir", logDir.toString());
                    // the topic catalog is the only way topics come to exist
                    p.put("auto.create.topics.enable", "false");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("offsets.topic.num.partitions", "5");
                });
        if (port > 0) {
            broker.withKafkaPort(port);
        }
        if (controllerPort > 0) {
            broker.withControllerPort(controllerPort);
        }
        return new EmbeddedKafka(broker.start());
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}
