package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.NonDefaultSettings;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With lantian.warning.floor-mode=PROPOSAL a regional warning proposes its level instead of raising the region. */
@QuarkusTest
@TestProfile(NonDefaultSettings.class) // lantian.warning.floor-mode=PROPOSAL
@WithTestResource(LantianInfrastructure.class)
class FloorProposalModeTest {

    @Test
    void aRegionalWarningBecomesAProposal() {
        Infra.send(RegionalFloors.TOPIC, "140000", """
                {"regionCode": "140000", "warningId": "SX-TEST-PROPOSAL-1", "level": "YELLOW", "regions": ["141030"],
                 "effectiveFrom": "%s", "effectiveTo": "%s", "issuedBy": "山西省生态环境厅", "reason": "区域预警"}
                """.formatted(WarningApi.now(-1), WarningApi.now(6)));
        JsonNode proposed = await().atMost(Duration.ofSeconds(30)).until(() -> WarningLifecycleTest.last("141030", "PROPOSED"),
                e -> e != null);
        assertThat(proposed.get("level").asText()).isEqualTo("YELLOW");
        assertThat(proposed.get("trigger").asText()).isEqualTo("regional warning SX-TEST-PROPOSAL-1");
        assertThat(CountyScopeTest.effective("141030")).isEqualTo("NONE");
    }
}
