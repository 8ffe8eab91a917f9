package org.lantian.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.lantian.monitoring.ForecastIngestor;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live stream over real HTTP, Kafka and the event log: a change of no concern to the user (an access refusal)
 * does not end the stream, and the next change that is (a forecast) still arrives as its panel's event.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ConsoleStreamLiveTest {

    @TestHTTPResource("/console/stream")
    URL stream;

    @Test
    void aChangeOfNoConcernDoesNotEndTheStreamAndTheNextOneArrives() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString())).header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("duty:duty".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("closed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            // the stream listens from now on; an access refusal is logged (no panel shows it) ...
            String actor = "county-141024";
            given().auth().preemptive().basic(actor, "county").queryParam("regionCode", "141027").get("/api/directives")
                    .then().statusCode(403);
            await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().preemptive().basic("duty", "duty")
                    .queryParam("type", "ACCESS_DENIED").queryParam("from", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString())
                    .queryParam("limit", 1000).get("/api/events").then().statusCode(200).extract().<List<String>>path("events.actor")
                    .contains(actor));
            // ... then a forecast arrives, which the grid shows
            DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
            String hour = iso.format(now.truncatedTo(ChronoUnit.HOURS));
            String to = iso.format(now.truncatedTo(ChronoUnit.HOURS).plusHours(24));
            String issued = iso.format(now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
            Infra.send(ForecastIngestor.TOPIC, "141027", """
                    {"regionCode": "141027", "issuedAt": "%s", "periods": [{"from": "%s", "to": "%s", "aqi": 60, "primaryPollutant": "PM10"}]}"""
                    .formatted(issued, hour, to));
            await().atMost(Duration.ofSeconds(60)).alias("the stream so far: " + lines)
                    .until(() -> lines.stream().anyMatch(l -> l.replace(" ", "").equals("event:region")));
            assertThat(lines).noneMatch(l -> l.startsWith("closed"));
        } finally {
            response.body().close();
        }
    }
}
