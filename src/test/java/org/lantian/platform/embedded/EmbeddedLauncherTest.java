package org.lantian.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which services a start embeds. (The environment variables map to the same settings as these properties.) */
class EmbeddedLauncherTest {

    private static final List<String> PROPERTIES = List.of("lantian.embedded", "kafka.bootstrap.servers",
            "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url", EmbeddedLauncher.STARTED);

    @AfterEach
    void clear() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void autoWithNothingConfiguredEmbedsBoth() {
        System.setProperty("lantian.embedded", "auto");
        assertThat(EmbeddedLauncher.plan()).isEqualTo(new EmbeddedLauncher.Plan(true, true));
    }

    @Test
    void externalKafkaAndDatabaseEmbedNothing() {
        System.setProperty("lantian.embedded", "auto");
        System.setProperty("kafka.bootstrap.servers", "broker:9092");
        System.setProperty("quarkus.datasource.reactive.url", "postgresql://db:5432/lantian");
        assertThat(EmbeddedLauncher.plan().any()).isFalse();
    }

    @Test
    void eachServiceIsDecidedOnItsOwn() {
        System.setProperty("lantian.embedded", "auto");
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/lantian");
        assertThat(EmbeddedLauncher.plan()).isEqualTo(new EmbeddedLauncher.Plan(true, false));
    }

    @Test
    void offOrPackagedEmbedsNothing() {
        assertThat(EmbeddedLauncher.plan().any()).isFalse();
        System.setProperty("lantian.embedded", "off");
        assertThat(EmbeddedLauncher.plan().any()).isFalse();
    }

    @Test
    void aLiveReloadStartsNothingTwice() {
        System.setProperty("lantian.embedded", "auto");
        System.setProperty(EmbeddedLauncher.STARTED, "true");
        assertThat(EmbeddedLauncher.plan().any()).isFalse();
    }
}
