package org.lantian.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The POSTs a browser would send to any site without asking (text/plain, a form, multipart, no type at all)
 * are refused with 415 before they do anything; JSON (with any charset) and the CSV import's text/csv pass.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class WriteMediaTypesTest {

    private static final String ISSUE = """
            {"regionCode": "141022", "level": "YELLOW", "reason": "cross-site attempt"}""";

    @Test
    void aWarningPostedAsPlainTextIsRefusedAndNothingIsIssued() throws Exception {
        long before = warnings141022();
        given().auth().preemptive().basic("duty", "duty").contentType("text/plain").body(ISSUE).post("/api/warnings").then()
                .statusCode(415).body("field", equalTo("Content-Type"));
        assertThat(warnings141022()).isEqualTo(before);
    }

    @Test
    void aFormPostIsRefused() {
        given().auth().preemptive().basic("duty", "duty").contentType("application/x-www-form-urlencoded").body("regionCode=141022")
                .post("/api/warnings").then().statusCode(415);
        given().auth().preemptive().basic("duty", "duty").contentType("multipart/form-data; boundary=x").body("--x--".getBytes())
                .post("/api/warnings").then().statusCode(415);
    }

    @Test
    void aPostWithoutAContentTypeIsRefused() throws Exception {
        // a plain HTTP client: RestAssured would add a form content type of its own
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/directives/D-I-NO-SUCH/ack"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("duty:duty".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("none given");
    }

    @Test
    void jsonWithACharsetPasses() {
        given().auth().preemptive().basic("duty", "duty").contentType("application/json; charset=UTF-8")
                .body("""
                        {"regionCode": "141022", "periods": [{"from": "2026-12-01T00:00:00+08:00", "to": "2026-12-02T00:00:00+08:00", "aqi": 80}]}""")
                .post("/api/warnings/evaluate").then().statusCode(200);
    }

    @Test
    void theListImportTakesCsvOnly() {
        given().auth().preemptive().basic("admin", "admin").contentType("text/plain").body("x").post("/api/reduction-list").then()
                .statusCode(415).body("error", org.hamcrest.Matchers.containsString("text/csv"));
        given().auth().preemptive().basic("admin", "admin").contentType("text/csv").body("x").post("/api/reduction-list").then()
                .statusCode(not(415));
    }

    private static long warnings141022() throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM warning WHERE region_code = '141022'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
