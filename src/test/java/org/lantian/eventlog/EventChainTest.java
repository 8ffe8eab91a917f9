package org.lantian.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The log is one verifiable chain: an edited row is named by verify; nobody updates it through the normal path. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class EventChainTest {

    @Inject
    EventLog log;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @Test
    void anEditedEventIsNamedByVerify() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            log.append(List.of(log.event("test-" + run + "-" + i, SyntheticEvents.TYPE, "141024", null, null, null, "tester",
                    Map.of("n", i, "note", "事件 " + i)))).await().atMost(Duration.ofSeconds(10));
        }
        given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then()
                .statusCode(200).body("intact", equalTo(true)).body("firstMismatch", nullValue());

        // a superuser bypasses the trigger and edits the third event's payload
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE event_log SET payload = '{\"n\": 99, \"note\": \"tampered\"}' WHERE id = 'test-" + run + "-2'");
            s.execute("SET session_replication_role = DEFAULT");
        }
        given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then()
                .statusCode(200).body("intact", equalTo(false)).body("firstMismatch.id", equalTo("test-" + run + "-2"));

        // put it back so the rest of the suite sees an intact chain
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE event_log SET payload = '{\"n\": 2, \"note\": \"事件 2\"}' WHERE id = 'test-" + run + "-2'");
            s.execute("SET session_replication_role = DEFAULT");
        }
        given().auth().preemptive().basic("consult", "consult").get("/api/events/verify").then().body("intact", equalTo(true));
    }

    @Test
    void pagesByKeysetWithFilters() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            log.append(List.of(log.event("page-" + run + "-" + i, SyntheticEvents.TYPE, "141033", "W-" + run, null, null, "tester",
                    Map.of("i", i)))).await().atMost(Duration.ofSeconds(10));
        }
        Long next = given().auth().preemptive().basic("consult", "consult").queryParam("warningId", "W-" + run)
                .queryParam("limit", 3).get("/api/events").then().statusCode(200)
                .body("events.id", equalTo(List.of("page-" + run + "-0", "page-" + run + "-1", "page-" + run + "-2")))
                .extract().jsonPath().getLong("next");
        given().auth().preemptive().basic("consult", "consult").queryParam("warningId", "W-" + run)
                .queryParam("limit", 5).queryParam("after", next).get("/api/events").then().statusCode(200)
                .body("events.id", equalTo(List.of("page-" + run + "-3", "page-" + run + "-4", "page-" + run + "-5",
                        "page-" + run + "-6")))
                .body("next", nullValue());
        given().auth().preemptive().basic("91141002MA0LDEM01Y", "enterprise").get("/api/events").then().statusCode(403);
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheFieldNotAnsweredWithNothing() {
        for (String path : List.of("/api/events", "/api/events/export")) {
            given().auth().preemptive().basic("consult", "consult").queryParam("type", "WARNING_ISSUED").get(path).then()
                    .statusCode(400).body("field", equalTo("type"));
            given().auth().preemptive().basic("consult", "consult").queryParam("type", "issued").get(path).then()
                    .statusCode(400).body("field", equalTo("type"));
        }
        given().auth().preemptive().basic("consult", "consult").queryParam("type", "ISSUED").queryParam("limit", 1)
                .get("/api/events").then().statusCode(200);
    }

    @Test
    void concurrentAppendsFromManyConnectionsFormOneChain() {
        // as several instances would: 16 transactions at once on their own connections, each appending 25 events
        String run = UUID.randomUUID().toString().substring(0, 8);
        double countedBefore = appendedCounter();
        List<io.smallrye.mutiny.Uni<Void>> writers = new java.util.ArrayList<>();
        for (int w = 0; w < 16; w++) {
            List<LogEvent> events = new java.util.ArrayList<>();
            for (int i = 0; i < 25; i++) {
                events.add(log.event("conc-" + run + "-" + w + "-" + i, SyntheticEvents.TYPE, "141029", "C-" + run, null, null,
                        "writer-" + w, Map.of("w", w, "i", i)));
            }
            writers.add(log.append(events));
        }
        io.smallrye.mutiny.Uni.join().all(writers).andFailFast().await().atMost(Duration.ofSeconds(60));
        EventLog.Verification v = log.verify().await().atMost(Duration.ofSeconds(60));
        assertThat(v.intact()).as("first mismatch: %s", v.firstMismatch()).isTrue();
        // each writer's events are contiguous and in its order (one append = one run of the chain)
        List<Map<String, Object>> logged = given().auth().preemptive().basic("consult", "consult")
                .queryParam("warningId", "C-" + run).queryParam("limit", 1000).get("/api/events").then().statusCode(200)
                .extract().jsonPath().getList("events");
        assertThat(logged).hasSize(400).allSatisfy(e -> assertThat(e.get("id").toString()).contains(run));
        for (int i = 0; i < logged.size(); i += 25) {
            String writer = (String) logged.get(i).get("actor");
            for (int k = 0; k < 25; k++) {
                assertThat(logged.get(i + k).get("actor")).isEqualTo(writer);
                assertThat(((Map<?, ?>) logged.get(i + k).get("payload")).get("i")).isEqualTo(k);
            }
        }
        // appending the same events again adds nothing
        log.append(List.of(log.event("conc-" + run + "-0-0", SyntheticEvents.TYPE, "141029", "C-" + run, null, null, "writer-0",
                Map.of("w", 0, "i", 0)))).await().atMost(Duration.ofSeconds(10));
        assertThat(given().auth().preemptive().basic("consult", "consult").queryParam("warningId", "C-" + run)
                .queryParam("limit", 1000).get("/api/events").then().extract().jsonPath().getList("events")).hasSize(400);
        // counted per type when written (nothing else appends this type while the test runs: denials come from requests)
        assertThat(appendedCounter() - countedBefore).isEqualTo(400.0);
    }

    private double appendedCounter() {
        var counter = registry.find("aq.eventlog.appended").tag("type", SyntheticEvents.TYPE.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theApplicationsRoleCannotUpdateOrDeleteEvents() throws Exception {
        log.append(List.of(log.event("test-" + UUID.randomUUID(), SyntheticEvents.TYPE, null, null, null, null, "tester", Map.of())))
                .await().atMost(Duration.ofSeconds(10));
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE event_log SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM event_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(log.verify().await().atMost(Duration.ofSeconds(30)).intact()).isTrue();
    }
}
