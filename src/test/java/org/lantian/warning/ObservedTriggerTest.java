package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lantian.monitoring.ReadingIngestor;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Three observed hours above 200 in 隰县 (141031), which has no warning → a YELLOW proposal, triggered by observation. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ObservedTriggerTest {

    @Test
    void threeHoursAbove200ProposeYellow() {
        for (int h = -2; h <= 0; h++) {
            for (int s = 1; s <= 3; s++) {
                // PM2.5 200 under HJ 633-2026: ceil(100/100×50+200) = 250
                Infra.send(ReadingIngestor.TOPIC, "141031-0" + s, """
                        {"stationCode": "141031-0%d", "observedAt": "%s", "pm25": 200, "pm10": 150, "so2": 20, "no2": 40, "co": 1.0, "o3": 30}
                        """.formatted(s, WarningApi.now(h)));
            }
        }
        JsonNode proposed = await().atMost(Duration.ofSeconds(60)).until(() -> WarningLifecycleTest.last("141031", "PROPOSED"),
                e -> e != null);
        assertThat(proposed.get("level").asText()).isEqualTo("YELLOW");
        assertThat(proposed.get("trigger").asText()).startsWith("observed 3 h above 200");
        assertThat(proposed.get("reasons").toString()).contains("observed AQI > 200");
    }
}
