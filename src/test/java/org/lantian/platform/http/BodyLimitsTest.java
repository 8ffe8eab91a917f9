package org.lantian.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Over real HTTP: JSON bodies above {@code lantian.http.max-json-body} (256 KB) are refused with 413 and the
 * project's error body, whether their length is declared (refused before reading) or they come chunked
 * (refused when read); the CSV import has its own 32 MB ({@code lantian.reduction.import.max-bytes}): a CSV
 * just under it is read (and judged on its rows), one byte over is refused.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class BodyLimitsTest {

    @TestHTTPResource("/")
    URI base;

    private static final int JSON_MAX = 256 * 1024;
    private static final int CSV_MAX = 32 * 1024 * 1024;

    /** A valid AQI request padded with spaces to exactly {@code size} bytes. */
    private static byte[] aqiRequest(int size) {
        String json = """
                {"at": "2020-01-10T08:00:00+08:00", "kind": "HOURLY", "concentrations": {"pm25": 182.0}}""";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJsonBodyAtTheLimitIsRead() {
        given().contentType(ContentType.JSON).body(aqiRequest(JSON_MAX)).post("/api/aqi")
                .then().statusCode(200).body("aqi", equalTo(232));
    }

    @Test
    void aDeclaredJsonBodyOverTheLimitIs413NamingTheLimit() {
        given().contentType(ContentType.JSON).body(aqiRequest(JSON_MAX + 1)).post("/api/aqi")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("status", equalTo(413))
                .body("error", equalTo("request body larger than 262144 bytes (lantian.http.max-json-body)"))
                .body("field", equalTo(""));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIs413() {
        // an InputStream of unknown length goes out chunked, without Content-Length
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(aqiRequest(2 * 1024 * 1024)))
                .post("/api/aqi")
                .then().statusCode(413).body("error", containsString("lantian.http.max-json-body"));
    }

    @Test
    void aChunkedJsonBodyUnderTheLimitIsRead() {
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(aqiRequest(10_000))).post("/api/aqi")
                .then().statusCode(200).body("aqi", equalTo(232));
    }

    @Test
    void aCsvJustUnderItsLimitIsNotRefusedForItsSize() throws Exception {
        // a wrong header: the importer reads the whole file and refuses it for its content (400), never for its size
        HttpResponse<String> r = postCsv(csv(CSV_MAX - 1024));
        assertThat(r.statusCode()).as(head(r)).isEqualTo(400);
        assertThat(head(r)).contains("invalid; nothing was imported");
    }

    @Test
    void aCsvOverItsLimitIs413NamingItsSetting() throws Exception {
        HttpResponse<String> r = postCsv(csv(CSV_MAX + 1));
        assertThat(r.statusCode()).as(head(r)).isEqualTo(413);
        assertThat(r.body()).isEqualTo("""
                {"status":413,"error":"request body larger than 33554432 bytes (lantian.reduction.import.max-bytes)","field":""}""");
    }

    /** java.net.http rather than RestAssured: RestAssured would log (pretty-print) a large answer on failure. */
    private HttpResponse<String> postCsv(byte[] csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/reduction-list"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("duty:duty".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String head(HttpResponse<String> r) {
        return r.body().substring(0, Math.min(500, r.body().length()));
    }

    /** {@code size} bytes of CSV whose header is not the list's: rows of about 1 KB, as long rows with descriptions. */
    private static byte[] csv(int size) {
        byte[] body = new byte[size];
        byte[] head = "not,the,header\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = head.length; i < size; i++) {
            int col = (i - head.length) % 1024;
            body[i] = (byte) (col == 1023 || i == size - 1 ? '\n' : col == 340 || col == 681 ? ',' : 'a');
        }
        return body;
    }
}
