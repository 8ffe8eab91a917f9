package org.lantian.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.DeadLetters;
import org.lantian.testing.Infra;
import org.lantian.testing.EpisodeInstallation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The short test episode (src/test/resources/demo/episode-short.json) replayed on real Kafka and PostgreSQL: its
 * readings are stored, its bad values and only they reach the DLQ — as the generator, run here on its own from the
 * same seed, says — a second start is refused while it runs, a stop stops it, and only an admin may do any of it.
 */
@QuarkusTest
@TestProfile(EpisodeInstallation.class) // a replay runs the business clock ahead: an installation of its own
class EpisodeReplayTest {

    @jakarta.inject.Inject
    EpisodeReplay replay;
    @jakarta.inject.Inject
    DemoSettings settings;

    static final String PATH = "/api/admin/episode";
    static final String SCENARIO = "demo/episode-short.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onlyAnAdminMayStartStopOrFollowTheEpisode() {
        for (String[] who : List.of(new String[] {"duty", "duty"}, new String[] {"consult", "consult"},
                new String[] {"county-141023", "county"}, new String[] {"91141023MA0LD01557", "enterprise"})) {
            as(who[0], who[1]).contentType(ContentType.JSON).body("{}").post(PATH).then().statusCode(403);
            as(who[0], who[1]).get(PATH).then().statusCode(403);
            as(who[0], who[1]).delete(PATH).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body("{}").post(PATH).then().statusCode(401);
    }

    @Test
    void aBadSpeedOrSeedIsRefusedNamingTheField() {
        for (String speed : List.of("0", "-1", "100000")) {
            start("{\"speed\": " + speed + "}").statusCode(400).body("field", equalTo("speed"));
        }
        start("{\"seed\": 1.5}").statusCode(400).body("field", equalTo("seed"));
        start("{\"seed\": 1e30}").statusCode(400).body("field", equalTo("seed"));
    }

    @Test
    void theEpisodeArrivesOnTheRealTopicsAndTheBadValuesOnTheDeadLetterTopic() throws Exception {
        awaitIdle();
        ValidatableResponse started = start("{\"speed\": 8, \"seed\": 7}").statusCode(200).body("state", equalTo("RUNNING"));
        String run = started.extract().path("runId");
        Instant episodeStart = OffsetDateTime.parse(started.extract().<String>path("episodeStart")).toInstant();
        start("{}").statusCode(409).body("error", containsString("already running"));

        // the same episode, generated here independently from the seed and the start the replay chose
        Episode expected = EpisodeGenerator.generate(Scenario.load(SCENARIO), 7, episodeStart, stations());
        await().atMost(Duration.ofSeconds(60)).until(() -> progress().path("state").asText(), "FINISHED"::equals);
        JsonNode done = progress();
        assertThat(done.path("sent").asInt()).isEqualTo(done.path("total").asInt()).isEqualTo(expected.total());
        assertThat(done.path("simulatedTime").asText()).isEqualTo(done.path("episodeEnd").asText());
        // the episode started at the business hour it was started in, and business time followed it to its end
        Instant businessAtStart = OffsetDateTime.parse(started.extract().<String>path("businessTime")).toInstant();
        assertThat(episodeStart).isEqualTo(businessAtStart.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        assertThat(OffsetDateTime.parse(done.path("businessTime").asText()).toInstant())
                .isAfterOrEqualTo(OffsetDateTime.parse(done.path("episodeEnd").asText()).toInstant());

        long good = expected.messages().stream().filter(m -> m.topic().equals(Topics.READINGS)).count() - expected.badValues().size();
        String stored = "SELECT count(*) FROM reading WHERE (station_code LIKE '141023-%' OR station_code LIKE '141027-%') "
                + "AND observed_at > '" + episodeStart + "' AND observed_at <= '" + episodeStart.plus(Duration.ofHours(48)) + "'";
        await().atMost(Duration.ofSeconds(60)).until(() -> Infra.count(stored), n -> n == good);

        Set<String> expectedDead = expected.badValues().stream()
                .map(b -> b.stationCode() + "|" + OffsetDateTime.parse(b.observedAt()).toInstant() + "|" + b.reason())
                .collect(Collectors.toSet());
        assertThat(expectedDead).hasSize(3);
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(60)).until(() -> ofRun(run), l -> l.size() >= 3);
        Set<String> deadSeen = new java.util.HashSet<>();
        for (ConsumerRecord<String, byte[]> r : dead) {
            JsonNode body = MAPPER.readTree(r.value());
            deadSeen.add(body.path("stationCode").asText() + "|" + OffsetDateTime.parse(body.path("observedAt").asText()).toInstant()
                    + "|" + Infra.header(r, DeadLetters.REASON));
        }
        assertThat(deadSeen).isEqualTo(expectedDead);
        assertThat(dead).hasSize(3);

        // the region's AQI shows the episode's hours
        as("consult", "consult").queryParam("at", episodeStart.plus(Duration.ofHours(30)).toString())
                .get("/api/regions/141023/aqi").then().statusCode(200);
    }

    /**
     * Must-show 2 of issue 15: the bundled week at the default speed and seed puts its first proposal on
     * aq.warning.events.v1, and in the duty officer's console, within two minutes of the start.
     */
    @Test
    void theBundledWeekAtTheDefaultSpeedProposesWithinTwoMinutes() throws Exception {
        awaitIdle();
        EpisodeProgress started = replay.start("demo/episode-linfen-winter.json", settings.episode().speed(), settings.episode().seed(), false)
                .await().atMost(Duration.ofSeconds(60));
        long begun = System.nanoTime();
        Instant episodeStart = started.episodeStart().toInstant();
        try {
            JsonNode proposed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> firstProposalSince(episodeStart), java.util.Objects::nonNull);
            System.out.printf("[episode] first proposal %s (%s %s) %.1f s after the start at speed %s%n",
                    proposed.path("proposalId").asText(), proposed.path("regionCode").asText(), proposed.path("level").asText(),
                    (System.nanoTime() - begun) / 1e9, settings.episode().speed());
            as("duty", "duty").get("/console/proposals").then().statusCode(200)
                    .body(containsString(proposed.path("proposalId").asText()));
        } finally {
            replay.stop();
        }
    }

    private static JsonNode firstProposalSince(Instant start) throws Exception {
        for (ConsumerRecord<String, byte[]> r : Infra.readAll("aq.warning.events.v1", Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            JsonNode e = MAPPER.readTree(r.value());
            if (e.path("type").asText().equals("PROPOSED") && !OffsetDateTime.parse(e.path("at").asText()).toInstant().isBefore(start)) {
                return e;
            }
        }
        return null;
    }

    /**
     * With auto-decide the episode accepts its own proposal: the end-to-end week's first (乡宁县 ORANGE, from the first
     * afternoon's forecast — EpisodeEndToEndTest works it out) becomes a warning issued by the episode, at that level,
     * from that proposal. The warning is lifted after, so that later replays here start from no warning.
     */
    @Test
    void anAutoDecidingEpisodeIssuesItsFirstProposalItself() throws Exception {
        awaitIdle();
        EpisodeProgress started = replay.start(EpisodeEndToEndTest.SCENARIO, 3600, 11, true).await().atMost(Duration.ofSeconds(60));
        assertThat(started.autoDecide()).isTrue();
        String[] warning = new String[1];
        try {
            JsonNode issued = await().atMost(Duration.ofSeconds(120)).until(() -> {
                JsonNode list = MAPPER.readTree(as("consult", "consult").queryParam("regionCode", EpisodeEndToEndTest.WARNED)
                        .queryParam("status", "ACTIVE").get("/api/warnings").then().statusCode(200).extract().asString());
                return list.size() == 0 ? null : list.get(0);
            }, java.util.Objects::nonNull);
            warning[0] = issued.path("id").asText();
            assertThat(issued.path("issuedBy").asText()).isEqualTo(AutoDecider.ACTOR);
            assertThat(issued.path("level").asText()).isEqualTo("ORANGE");
            JsonNode proposal = MAPPER.readTree(as("consult", "consult").get("/api/events?type=PROPOSED&regionCode="
                    + EpisodeEndToEndTest.WARNED).then().statusCode(200).extract().asString()).path("events");
            // the proposal it was issued from is in the log (a PROPOSED event is logged under the proposal's id)
            assertThat(proposal.findValuesAsText("warningId")).contains(issued.path("proposalId").asText());
            assertThat(replay.progress().decisions()).isPositive();
        } finally {
            replay.stop();
            if (warning[0] != null) {
                org.lantian.testing.WarningLifts.lift(io.restassured.RestAssured.port, warning[0], "auto-decide test over");
            }
        }
    }

    @Test
    void aRunningEpisodeStopsAndThenThereIsNothingToStop() throws Exception {
        awaitIdle();
        start("{\"speed\": 0.5, \"seed\": 8}").statusCode(200).body("state", equalTo("RUNNING"));
        // a stop answers once the replay's thread has ended: nothing can be sent after it, so the count is final
        int sent = as("admin", "admin").delete(PATH).then().statusCode(200).body("state", equalTo("STOPPED"))
                .body("publishing", equalTo(false)).extract().path("sent");
        JsonNode after = progress();
        assertThat(after.path("state").asText()).isEqualTo("STOPPED");
        assertThat(after.path("publishing").asBoolean()).isFalse();
        assertThat(after.path("sent").asInt()).isEqualTo(sent).isLessThan(after.path("total").asInt());
        as("admin", "admin").delete(PATH).then().statusCode(404);
    }

    private static List<ConsumerRecord<String, byte[]>> ofRun(String run) {
        List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(Topics.READINGS + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            if (run.equals(Infra.header(r, EpisodeReplay.RUN_HEADER))) {
                mine.add(r);
            }
        }
        return mine;
    }

    private static List<String> stations() throws Exception {
        return Infra.query("SELECT code FROM station WHERE demo AND active ORDER BY code", rs -> {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        });
    }

    private static void awaitIdle() {
        await().atMost(Duration.ofSeconds(90)).until(() -> progress().path("state").asText(), s -> !s.equals("RUNNING"));
    }

    static JsonNode progress() throws Exception {
        return MAPPER.readTree(as("admin", "admin").get(PATH).then().statusCode(200).extract().asString());
    }

    static ValidatableResponse start(String body) {
        return as("admin", "admin").contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    static io.restassured.specification.RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }
}
