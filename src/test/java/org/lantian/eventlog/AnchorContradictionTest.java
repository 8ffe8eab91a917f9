package org.lantian.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantian.eventlog.AnchorTestSupport.Recorded;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A superuser who switches the append-only trigger off can cut the log short or rewrite it and recompute every
 * hash after the change: the chain then recomputes, and only the anchors on Kafka tell. Each test puts the rows
 * back exactly (SuperuserTampering), so the log is whole again afterwards — the tests after this class in the
 * same JVM (EpisodeEventsTest, EventChainTest, … run after it by name) check that the chain is intact.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class AnchorContradictionTest {

    @Inject
    EventLog log;

    @Inject
    Anchoring anchoring;

    @Inject
    ObjectMapper mapper;

    private static JsonPath verify() {
        return given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then().statusCode(200)
                .extract().jsonPath();
    }

    @AfterEach
    void theLogIsWholeAgain() {
        JsonPath after = verify();
        assertThat(after.getBoolean("intact")).as("%s", after.prettify()).isTrue();
        assertThat(after.getString("anchorCheck")).isEqualTo("CONSISTENT");
    }

    @Test
    void aLogCutShortIsNamedAgainstTheLastAnchor() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> seqs = AnchorTestSupport.append(log, "cut-" + run + "-0", "cut-" + run + "-1", "cut-" + run + "-2");
        Recorded anchor = AnchorTestSupport.anchoredAndPublished(anchoring, seqs.get(2));
        assertThat(anchor.hash()).isEqualTo(AnchorTestSupport.hashAt(anchor.seq()));

        // everything from the second event on goes: the log then ends at the first one
        try (SuperuserTampering tampering = new SuperuserTampering(seqs.get(1))) {
            tampering.deleteTail();
            JsonPath v = verify();
            assertThat(v.getBoolean("intact")).isFalse();
            assertThat(v.getMap("firstMismatch")).as("what is left recomputes").isNull();
            assertThat(v.getString("anchorCheck")).isEqualTo("CONTRADICTED");
            assertThat(v.getLong("contradictedAnchor.seq")).isEqualTo(anchor.seq());
            assertThat(v.getString("contradictedAnchor.hash")).isEqualTo(anchor.hash());
            assertThat(OffsetDateTime.parse(v.getString("contradictedAnchor.at")).toInstant()).isEqualTo(anchor.at().toInstant());
            assertThat(v.getString("contradictedAnchor.found")).isNull();
            assertThat(v.getString("contradictedAnchor.reason")).contains("the log ends at seq " + seqs.get(0));
        }
    }

    @Test
    void anEditWithTheChainRecomputedIsNamedAgainstTheAnchorAfterIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> seqs = AnchorTestSupport.append(log, "edit-" + run + "-0", "edit-" + run + "-1", "edit-" + run + "-2");
        Recorded anchor = AnchorTestSupport.anchoredAndPublished(anchoring, seqs.get(2));

        // the second event says something else, and every hash from it on is recomputed
        try (SuperuserTampering tampering = new SuperuserTampering(seqs.get(1))) {
            Map<Long, String> rewritten = tampering.rewriteFirst("{\"n\": 1, \"note\": \"rewritten\"}", mapper);
            assertThat(rewritten.get(anchor.seq())).isNotEqualTo(anchor.hash());
            JsonPath v = verify();
            assertThat(v.getMap("firstMismatch")).as("the rewritten chain recomputes").isNull();
            assertThat(v.getBoolean("intact")).isFalse();
            assertThat(v.getString("anchorCheck")).isEqualTo("CONTRADICTED");
            assertThat(v.getLong("contradictedAnchor.seq")).isEqualTo(anchor.seq());
            assertThat(v.getString("contradictedAnchor.hash")).isEqualTo(anchor.hash());
            assertThat(OffsetDateTime.parse(v.getString("contradictedAnchor.at")).toInstant()).isEqualTo(anchor.at().toInstant());
            assertThat(v.getString("contradictedAnchor.found")).isEqualTo(rewritten.get(anchor.seq()));
            assertThat(v.getString("contradictedAnchor.reason")).contains("has another hash");
        }
    }
}
