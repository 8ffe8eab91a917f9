package org.lantian.warning;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.lantian.testing.Infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test helpers: officers' calls and the warning events on Kafka. */
final class WarningApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private WarningApi() {
    }

    static ValidatableResponse post(String user, String password, String path, String body) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    static ValidatableResponse asDuty(String path, String body) {
        return post("duty", "duty", path, body);
    }

    static String now(long plusHours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS).plusHours(plusHours)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A forecast of one period per 24 h, starting at the current hour. */
    static String forecast(String region, int... dailyAqi) {
        StringBuilder periods = new StringBuilder();
        for (int d = 0; d < dailyAqi.length; d++) {
            periods.append(d == 0 ? "" : ",").append("""
                    {"from": "%s", "to": "%s", "aqi": %d, "primaryPollutant": "PM2.5"}""".formatted(now(24L * d), now(24L * (d + 1)), dailyAqi[d]));
        }
        String issued = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return """
                {"regionCode": "%s", "issuedAt": "%s", "periods": [%s]}""".formatted(region, issued, periods);
    }

    static List<JsonNode> events(String region) {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : Infra.readAll(WarningEvent.TOPIC, Integer.MAX_VALUE, Duration.ofSeconds(2))) {
            if (region.equals(r.key())) {
                try {
                    events.add(JSON.readTree(r.value()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return events;
    }
}
