package org.lantian.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lantian.platform.kafka.DeadLetters;
import org.lantian.testing.EpisodeInstallation;
import org.lantian.testing.Infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole chain, end to end: the test episode (src/test/resources/demo/episode-e2e.json) replayed at full speed on
 * real Kafka and PostgreSQL of an installation of its own, with this test as the duty officer deciding every proposal
 * through the API. One replay (the first test to need it runs it); each test asserts one outcome against a value
 * worked out here from the scenario file, the reduction list file and the generator run on its own from the same
 * seed — never read back from the system: the proposals and their hours (the national-2019 criteria applied here by
 * hand to the generated forecasts), the warning at the proposed level, the provincial floor over 大宁县, the orders per
 * enterprise and county, the compliance findings the scripted behaviours must cause, the overdue acknowledgements,
 * the lift after the front without override, the event log's chain, and the dead letters.
 */
@QuarkusTest
@TestProfile(EpisodeInstallation.class)
class EpisodeEndToEndTest {

    static final String SCENARIO = "demo/episode-e2e.json";
    static final long SEED = 20261129;
    static final String WARNED = "141031";
    static final String FLOORED = "141030";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Outcome outcome;

    @Inject
    EpisodeReplay replay;

    /** What the run left to look at: when it started, the episode as generated here, and the officer's decisions. */
    record Outcome(String runId, Instant start, Episode episode, Scenario scenario, List<Decision> decisions) {

        Instant at(int hour) {
            return start.plus(Duration.ofHours(hour));
        }

        int hourOf(Instant at) {
            return (int) Duration.between(start, at).toHours();
        }
    }

    /** A proposal the officer saw, and the warning the decision made or changed. */
    record Decision(String proposalId, String kind, String level, Instant proposedAt, String warningId) {
    }

    /** What the criteria say about a forecast, worked out here: a raise or a lowering, at the hour the forecast came. */
    record Expected(int hour, String kind, String level) {
    }

    @Test
    void theProposalsAreTheOnesTheForecastsCallForAtTheirHours() throws Exception {
        Outcome run = run();
        List<Expected> expected = expectedProposals(run);
        assertThat(expected).extracting(Expected::kind).containsExactly("ISSUE", "LIFT");
        List<Expected> seen = new ArrayList<>();
        for (JsonNode e : warningEvents(run.start())) {
            if (e.path("type").asText().equals("PROPOSED") && e.path("regionCode").asText().equals(WARNED)) {
                String kind = e.path("level").asText().equals("NONE") ? "LIFT" : e.path("previousLevel").asText().equals("NONE")
                        ? "ISSUE" : "CHANGE";
                seen.add(new Expected(run.hourOf(OffsetDateTime.parse(e.path("at").asText()).toInstant()), kind, e.path("level").asText()));
            }
        }
        assertThat(seen).isEqualTo(expected);
        // and none for any other region: only 乡宁县 has forecasts, the observed trigger is off
        assertThat(run.decisions()).extracting(Decision::kind).containsExactly("ISSUE", "LIFT");
    }

    @Test
    void theWarningIsIssuedThroughTheApiAtTheProposedLevel() throws Exception {
        Outcome run = run();
        Expected issue = expectedProposals(run).get(0);
        Decision decided = run.decisions().get(0);
        JsonNode w = json(as("consult").get("/api/warnings/" + decided.warningId()));
        assertThat(w.path("warning").path("regionCode").asText()).isEqualTo(WARNED);
        assertThat(w.path("warning").path("proposalId").asText()).isEqualTo(decided.proposalId());
        assertThat(w.path("warning").path("issuedBy").asText()).isEqualTo("duty");
        JsonNode first = w.path("actions").get(0);
        assertThat(first.path("type").asText()).isEqualTo("ISSUED");
        assertThat(first.path("level").asText()).isEqualTo(issue.level()).isEqualTo("ORANGE");
    }

    @Test
    void theProvincialFloorRaises大宁ForItsDayAndNoLonger() throws Exception {
        Outcome run = run();
        Scenario.RegionalFloor floor = run.scenario().regionalWarning();
        List<String> changes = new ArrayList<>();
        for (JsonNode e : warningEvents(run.start())) {
            if (e.path("type").asText().equals("EFFECTIVE_LEVEL_CHANGED") && e.path("regionCode").asText().equals(FLOORED)) {
                changes.add(run.hourOf(OffsetDateTime.parse(e.path("effectiveFrom").asText()).toInstant()) + ":" + e.path("level").asText());
            }
        }
        assertThat(changes).containsExactly(floor.fromHour() + ":" + floor.level(), floor.toHour() + ":NONE");
    }

    @Test
    void everyListedEnterpriseOfBothCountiesGetsItsOrderAndItsEnd() throws Exception {
        Outcome run = run();
        Scenario.RegionalFloor floor = run.scenario().regionalWarning();
        Map<String, List<String>> expected = new TreeMap<>();
        for (String e : listed(WARNED)) {
            expected.put(e, List.of("START ORANGE " + WARNED, "END NONE " + WARNED));
        }
        for (String e : listed(FLOORED)) {
            expected.put(e, List.of("START " + floor.level() + " " + FLOORED + " @" + floor.fromHour(),
                    "END NONE " + FLOORED + " @" + floor.toHour()));
        }
        Map<String, List<String>> seen = new TreeMap<>();
        for (JsonNode o : orders(run.start())) {
            String region = o.path("regionCode").asText();
            String line = o.path("action").asText() + " " + o.path("level").asText() + " " + region;
            if (region.equals(FLOORED)) {
                line += " @" + run.hourOf(OffsetDateTime.parse(o.path("effectiveFrom").asText()).toInstant());
            }
            seen.computeIfAbsent(o.path("enterpriseId").asText(), k -> new ArrayList<>()).add(line);
        }
        assertThat(expected).hasSize(16);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void theScriptedBehavioursAndOnlyThemAreFindings() throws Exception {
        Outcome run = run();
        Set<String> expected = Set.of(
                "91141031MA0LD0279X STOP tunnel-kiln-2",     // ignores the stop of one kiln
                "91141031MA0LD0278T LIMIT tunnel-kiln-1",    // full load against a 50 % limit, on each kiln
                "91141031MA0LD0278T LIMIT tunnel-kiln-2",
                "91141031MA0LD0278T LIMIT tunnel-kiln-3",
                "91141031MA0LD02803 MONITORING_GAP lime-kiln-1", // silent from hour 60
                "91141031MA0LD02816 TRUCK_BAN gate-1");      // a China IV and a China III truck
        Set<String> orders = orders(run.start()).stream().map(o -> o.path("directiveId").asText()).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> findings(orders), f -> f.containsAll(expected));
        assertThat(findings(orders)).isEqualTo(expected);
    }

    @Test
    void theOrdersNotAcknowledgedByTheirDeadlineAreExactlyTheLateAndTheSilentOnes() throws Exception {
        Outcome run = run();
        Scenario.Acknowledgements plan = run.scenario().acknowledgements();
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> seen = new TreeMap<>();
        List<JsonNode> all = orders(run.start());
        for (JsonNode o : all) {
            String enterprise = o.path("enterpriseId").asText();
            String id = o.path("directiveId").asText();
            Instant issued = OffsetDateTime.parse(o.path("issuedAt").asText()).toInstant();
            Instant deadline = OffsetDateTime.parse(o.path("ackDeadline").asText()).toInstant();
            expected.put(id, AckPlan.never(plan, enterprise) ? "never, escalated"
                    : AckPlan.late(plan, SEED, enterprise) ? "late at " + deadline.plus(Duration.ofHours(plan.lateByHours()))
                    : "on time at " + issued.plus(AckPlan.PROMPT));
        }
        // the never-acknowledged are escalated by the overdue check, which runs on its own schedule
        await().atMost(Duration.ofSeconds(60)).until(() -> state(expected.keySet()).values().stream().filter(v -> v.equals("never, escalated")).count(),
                n -> n == expected.values().stream().filter(v -> v.startsWith("never")).count());
        seen.putAll(state(expected.keySet()));
        assertThat(expected.values()).anyMatch(v -> v.startsWith("late")).anyMatch(v -> v.startsWith("never"))
                .anyMatch(v -> v.startsWith("on time"));
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void theWarningIsLiftedAfterTheFrontWhenProposedWithoutOverride() throws Exception {
        Outcome run = run();
        Expected lift = expectedProposals(run).get(1);
        int frontEnds = run.scenario().phases().stream().limit(4).mapToInt(Scenario.Phase::hours).sum() - 12;
        assertThat(lift.hour()).isGreaterThanOrEqualTo(frontEnds - 24);
        JsonNode w = json(as("consult").get("/api/warnings/" + run.decisions().get(1).warningId()));
        assertThat(w.path("warning").path("status").asText()).isEqualTo("LIFTED");
        assertThat(w.path("warning").path("liftedBy").asText()).isEqualTo("duty");
        JsonNode last = w.path("actions").get(w.path("actions").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("LIFTED");
        assertThat(last.path("overrideReason").isNull() || last.path("overrideReason").isMissingNode()).isTrue();
        assertThat(run.hourOf(OffsetDateTime.parse(w.path("warning").path("liftedAt").asText()).toInstant())).isGreaterThanOrEqualTo(lift.hour());
    }

    @Test
    void theEventLogChainIsIntactAfterTheWholeEpisode() throws Exception {
        run();
        JsonNode verified = json(as("consult").get("/api/events/verify"));
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("checked").asLong(verified.path("events").asLong())).isGreaterThan(100);
    }

    @Test
    void theDeadLetterTopicsHoldExactlyTheGeneratedBadValues() throws Exception {
        Outcome run = run();
        Set<String> expected = run.episode().badValues().stream()
                .map(b -> Topics.READINGS + ".dlq " + b.stationCode() + " " + OffsetDateTime.parse(b.observedAt()).toInstant() + " " + b.reason())
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(3);
        List<String> seen = new ArrayList<>();
        for (String topic : List.of(Topics.READINGS, Topics.FORECASTS, Topics.TELEMETRY, Topics.REGIONAL, EpisodeReplay.ACKS)) {
            for (ConsumerRecord<String, byte[]> r : Infra.readAll(topic + ".dlq", Integer.MAX_VALUE, Duration.ofSeconds(10))) {
                if (run.runId().equals(Infra.header(r, EpisodeReplay.RUN_HEADER))) {
                    JsonNode body = MAPPER.readTree(r.value());
                    seen.add(topic + ".dlq " + body.path("stationCode").asText() + " "
                            + OffsetDateTime.parse(body.path("observedAt").asText()).toInstant() + " " + Infra.header(r, DeadLetters.REASON));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }

    // --- the run ---------------------------------------------------------------------------------------------------

    /** Replays the episode once, deciding each proposal as the duty officer while it runs. */
    private synchronized Outcome run() throws Exception {
        if (outcome != null) {
            return outcome;
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> !replay.running());
        EpisodeProgress started = replay.start(SCENARIO, 3600, SEED, false).await().atMost(Duration.ofSeconds(60));
        Instant start = started.episodeStart().toInstant();
        Scenario scenario = Scenario.load(SCENARIO);
        Episode episode = EpisodeGenerator.generate(scenario, SEED, start, stations());
        List<Decision> decisions = new ArrayList<>();
        Set<String> decided = new HashSet<>();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(100)).until(() -> {
            decideOpen(start, decisions, decided);
            return !replay.running();
        });
        assertThat(replay.progress().state()).isEqualTo("FINISHED");
        assertThat(replay.progress().settleTimeouts()).isZero();
        outcome = new Outcome(started.runId(), start, episode, scenario, decisions);
        return outcome;
    }

    /**
     * The duty officer's part: every proposal of the run's counties made during the run decided as proposed (issue, or
     * lift without override). Earlier replays on this installation may have left proposals of their own open.
     */
    private void decideOpen(Instant start, List<Decision> decisions, Set<String> decided) throws IOException {
        for (JsonNode p : json(as("duty").get("/api/warnings/proposals"))) {
            String id = p.path("id").asText();
            String region = p.path("regionCode").asText();
            Instant at = OffsetDateTime.parse(p.path("createdAt").asText()).toInstant();
            if (at.isBefore(start) || !List.of(WARNED, FLOORED).contains(region) || !decided.add(id)) {
                continue;
            }
            String kind = p.path("kind").asText();
            String level = p.path("level").asText();
            String warningId;
            if (kind.equals("ISSUE")) {
                warningId = as("duty").contentType(ContentType.JSON)
                        .body(Map.of("regionCode", region, "level", level, "reason", "会商同意 / as proposed", "proposalId", id))
                        .post("/api/warnings").then().statusCode(200).extract().path("id");
            } else {
                JsonNode active = json(as("duty").queryParam("status", "ACTIVE").queryParam("regionCode", region).get("/api/warnings")).get(0);
                warningId = active.path("id").asText();
                String path = "/api/warnings/" + warningId + (kind.equals("LIFT") ? "/lift" : "/adjust");
                Map<String, Object> body = new HashMap<>(Map.of("version", active.path("version").asInt(), "reason", "会商同意 / as proposed"));
                if (!kind.equals("LIFT")) {
                    body.put("level", level);
                }
                as("duty").contentType(ContentType.JSON).body(body).post(path).then().statusCode(200);
            }
            decisions.add(new Decision(id, kind, level, at, warningId));
        }
    }

    // --- worked out here -------------------------------------------------------------------------------------------

    /**
     * National 2019 on each generated forecast of 乡宁县, in order: the highest level whose condition holds (consecutive
     * daily periods above 200 / 150 AQI); raised as soon as higher than the current level; lowered only when the first
     * 36 h of the forecast stay at or below 150.
     */
    static List<Expected> expectedProposals(Outcome run) throws IOException {
        List<Expected> out = new ArrayList<>();
        String current = "NONE";
        for (TimedMessage m : run.episode().messages()) {
            if (!m.topic().equals(Topics.FORECASTS) || !m.key().equals(WARNED)) {
                continue;
            }
            List<Integer> daily = new ArrayList<>();
            MAPPER.readTree(m.json()).path("periods").forEach(p -> daily.add(p.path("aqi").asInt()));
            String level = level(daily);
            int hour = (int) m.offset().toHours();
            if (rank(level) > rank(current)) {
                out.add(new Expected(hour, current.equals("NONE") ? "ISSUE" : "CHANGE", level));
                current = level;
            } else if (rank(level) < rank(current) && daily.get(0) <= 150 && daily.get(1) <= 150) {
                out.add(new Expected(hour, level.equals("NONE") ? "LIFT" : "CHANGE", level));
                current = level;
            }
        }
        return out;
    }

    private static String level(List<Integer> daily) {
        if (hoursAbove(daily, 200) >= 72 && hoursAbove(daily, 300) >= 24) {
            return "RED";
        }
        if (hoursAbove(daily, 200) >= 48 || hoursAbove(daily, 150) >= 72) {
            return "ORANGE";
        }
        if (hoursAbove(daily, 200) >= 24 || hoursAbove(daily, 150) >= 48) {
            return "YELLOW";
        }
        return "NONE";
    }

    /** The longest run of consecutive daily periods above the threshold, in hours. */
    private static int hoursAbove(List<Integer> daily, int threshold) {
        int best = 0;
        int run = 0;
        for (int aqi : daily) {
            run = aqi > threshold ? run + 24 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static int rank(String level) {
        return List.of("NONE", "YELLOW", "ORANGE", "RED").indexOf(level);
    }

    /** The enterprises of a county in the reduction list file, read here from the file itself. */
    static Set<String> listed(String county) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/reduction/linfen-demo-list.csv")).stream().skip(1).toList()) {
            String[] f = line.split(",", -1);
            if (f[2].equals(county)) {
                ids.add(f[0]);
            }
        }
        return ids;
    }

    // --- read from the system --------------------------------------------------------------------------------------

    /** The warning events of this run (other replays of this installation came before it in business time). */
    private static List<JsonNode> warningEvents(Instant since) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll("aq.warning.events.v1", Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            JsonNode e = MAPPER.readTree(r.value());
            if (!OffsetDateTime.parse(e.path("at").asText()).toInstant().isBefore(since)) {
                events.add(e);
            }
        }
        events.sort(java.util.Comparator.comparing(e -> OffsetDateTime.parse(e.path("at").asText()).toInstant()));
        return events;
    }

    /**
     * This run's warning orders of both counties as published on Kafka, in publishing order per enterprise (the
     * staggered-production season's orders travel on the same topic; business time is in the heating season; earlier
     * replays on this installation issued theirs before this run's start).
     */
    private static List<JsonNode> orders(Instant since) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(OrderWatch.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            JsonNode o = MAPPER.readTree(r.value());
            if (o.path("directiveId").asText().startsWith("D-I-") && List.of(WARNED, FLOORED).contains(o.path("regionCode").asText())
                    && !OffsetDateTime.parse(o.path("issuedAt").asText()).toInstant().isBefore(since)) {
                list.add(o);
            }
        }
        list.sort(java.util.Comparator.comparing((JsonNode o) -> o.path("enterpriseId").asText()).thenComparing(o -> o.path("issuedAt").asText())
                .thenComparing(o -> o.path("version").asInt()));
        return list;
    }

    /** Each of these orders' acknowledgement as the API shows it, in the words of the expectation. */
    private static Map<String, String> state(Set<String> ids) throws IOException {
        Map<String, String> state = new HashMap<>();
        for (String region : List.of(WARNED, FLOORED)) {
            for (JsonNode o : json(as("duty").queryParam("regionCode", region).queryParam("kind", "INDUSTRIAL").get("/api/directives"))) {
                Instant deadline = OffsetDateTime.parse(o.path("ackDeadline").asText()).toInstant();
                String value;
                if (o.path("ackedAt").isNull()) {
                    value = o.path("escalatedAt").isNull() ? "never, not escalated" : "never, escalated";
                } else {
                    Instant acked = OffsetDateTime.parse(o.path("ackedAt").asText()).toInstant();
                    value = (acked.isAfter(deadline) ? "late at " : "on time at ") + acked;
                }
                if (ids.contains(o.path("directiveId").asText())) {
                    state.put(o.path("directiveId").asText(), value);
                }
            }
        }
        return state;
    }

    /** The findings on these orders, as enterprise, rule and meter. */
    private static Set<String> findings(Set<String> orders) throws IOException {
        Set<String> seen = new HashSet<>();
        for (String region : List.of(WARNED, FLOORED)) {
            for (JsonNode f : json(as("duty").queryParam("regionCode", region).get("/api/compliance/findings"))) {
                if (!orders.contains(f.path("directiveId").asText())) {
                    continue;
                }
                seen.add(f.path("enterpriseId").asText() + " " + f.path("rule").asText() + " " + f.path("meter").asText());
            }
        }
        return seen;
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

    private static JsonNode json(io.restassured.response.Response response) throws IOException {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return MAPPER.readTree(response.asString());
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }
}
