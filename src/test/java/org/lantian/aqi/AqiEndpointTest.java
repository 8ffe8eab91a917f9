package org.lantian.aqi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code POST /api/aqi}: no sign-in, the standard by date or by name, and 400s that name the field. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class AqiEndpointTest {

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/aqi").then();
    }

    @Test
    void hourlyAqiOfTheContractExampleUnder2012() {
        // 2020 → HJ633-2012; PM2.5 182 → ceil(100/100×(182−150)+200) = 232
        post("""
                {"at": "2020-01-10T08:00:00+08:00", "kind": "HOURLY",
                 "concentrations": {"pm25": 182.0, "pm10": 240.0, "so2": 45.0, "no2": 80.0, "co": 2.1, "o3": 12.0}}
                """)
                .statusCode(200)
                .body("standard", equalTo("HJ633-2012"))
                .body("aqi", equalTo(232))
                .body("category", equalTo("重度污染"))
                .body("color", equalTo("#99004C"))
                .body("primaryPollutants", contains("PM2.5"))
                .body("iaqi.pm25", equalTo(232))
                .body("iaqi.pm10", equalTo(145));
    }

    @Test
    void theStandardFollowsTheDateAndCanBeOverridden() {
        String pm25At60 = """
                {"at": "%s", %s "kind": "DAILY",
                 "concentrations": {"pm25": 60, "pm10": 50, "so2": 10, "no2": 10, "co": 0.5, "o3_8h": 50}}
                """;
        // PM2.5 60 is IAQI 100 under 2026 and ceil(50/40×25+50) = 82 under 2012
        post(pm25At60.formatted("2026-06-01T00:00:00+08:00", "")).statusCode(200)
                .body("standard", equalTo("HJ633-2026")).body("aqi", equalTo(100));
        post(pm25At60.formatted("2026-02-28T12:00:00+08:00", "")).statusCode(200)
                .body("standard", equalTo("HJ633-2012")).body("aqi", equalTo(82));
        post(pm25At60.formatted("2026-06-01T00:00:00+08:00", "\"standard\": \"HJ633-2012\",")).statusCode(200)
                .body("standard", equalTo("HJ633-2012")).body("aqi", equalTo(82));
    }

    @Test
    void missingPollutantUnder2026IsNotAvailableBelow100() {
        post("""
                {"standard": "HJ633-2026", "kind": "HOURLY", "concentrations": {"pm25": 20}}
                """).statusCode(200).body("aqi", nullValue()).body("display", equalTo("NA"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        post("""
                {"kind": "HOURLY", "concentrations": {"pm25": -5}}
                """).statusCode(400).body("field", equalTo("concentrations.pm25")).body("error", containsString("negative"));
        post("""
                {"kind": "HOURLY", "concentrations": {"pm25": "high"}}
                """).statusCode(400).body("field", equalTo("concentrations.pm25")).body("error", containsString("number"));
        post("""
                {"kind": "HOURLY", "concentrations": {"pm1": 5}}
                """).statusCode(400).body("field", equalTo("concentrations.pm1")).body("error", containsString("unknown pollutant"));
        post("""
                {"standard": "HJ633-1996", "kind": "HOURLY", "concentrations": {"pm25": 5}}
                """).statusCode(400).body("field", equalTo("standard")).body("error", containsString("HJ633-2026"));
        post("""
                {"kind": "WEEKLY", "concentrations": {"pm25": 5}}
                """).statusCode(400).body("field", equalTo("kind"));
        post("{not json").statusCode(400);
    }
}
