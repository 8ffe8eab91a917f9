package org.lantian.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The export streams: 40,000 events of about 2.6 kB each (over 100 MB of CSV) go out while the live heap grows by a
 * small, fixed amount — measured after a full GC several times during the download, compared to the heap before it.
 * What the bound is measured against is the size of the body, not the number of rows: the body must still be over
 * 80 MB and the growth under 48 MB, as when this test sent 200,000 events of ~0.7 kB; a fifth of the rows, each about
 * four times larger, get there with a fifth of the per-row work (appending, chaining, and every later verify of the
 * chain).
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class EventExportTest {

    static final int EVENTS = 40_000;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventLog log;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void fortyThousandLargeEventsStreamInBoundedMemory() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String warning = "W-" + run; // what the export is filtered by: these events alone
        String filler = "重污染天气应急减排措施落实情况核查记录，".repeat(40); // 2,400 bytes of UTF-8
        long appendStart = System.nanoTime();
        for (int batch = 0; batch < EVENTS / 5000; batch++) {
            List<org.lantian.eventlog.LogEvent> events = new ArrayList<>(5000);
            for (int i = 0; i < 5000; i++) {
                int k = batch * 5000 + i;
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("n", k);
                payload.put("note", filler);
                payload.put("quote", "a \"quoted\", comma'd\nline");
                events.add(log.event(run + "-" + k, SyntheticEvents.TYPE, "141029", warning, "91141029MA0LDEM0" + (k % 10), null,
                        "load", payload));
            }
            log.append(events).await().atMost(Duration.ofMinutes(1));
        }
        System.out.printf("[export] appended %,d events in %.1f s%n", EVENTS, (System.nanoTime() - appendStart) / 1e9);

        Measured csv = download("/api/events/export?warningId=" + warning + "&format=csv", "text/csv", body -> {
            long rows = 0;
            try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(body, StandardCharsets.UTF_8))
                    .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                for (CSVRecord r : parser) {
                    if (rows == 0 || rows == EVENTS - 1) {
                        assertThat(r.get("id")).isEqualTo(run + "-" + rows);
                        assertThat(JSON.readTree(r.get("payload")).get("quote").asText()).isEqualTo("a \"quoted\", comma'd\nline");
                        assertThat(r.get("hash")).hasSize(64);
                    }
                    rows++;
                }
            }
            return rows;
        });
        assertThat(csv.items).isEqualTo(EVENTS);
        report("csv", csv);
        // a streaming export keeps the live heap far below the size of what it sends
        assertThat(csv.bytes).isGreaterThan(80L << 20);
        assertThat(csv.peakGrowth).isLessThan(48L << 20);

        Measured json = download("/api/events/export?warningId=" + warning + "&format=json", "application/json", body -> {
            long items = 0;
            try (JsonParser p = JSON.getFactory().createParser(body)) {
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode e = JSON.readTree(p);
                    if (items == 0) {
                        assertThat(e.get("id").asText()).isEqualTo(run + "-0");
                        assertThat(e.get("payload").get("n").asInt()).isZero();
                    }
                    items++;
                }
            }
            return items;
        });
        assertThat(json.items).isEqualTo(EVENTS);
        report("json", json);
        assertThat(json.peakGrowth).isLessThan(48L << 20);

        // at most 4 exports at once (the default); clients that hang up give their place (and connection) back.
        // HTTP/1.1: one connection per export (over one HTTP/2 connection, one unread stream stalls the others)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<InputStream> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<InputStream> r = client.send(request("/api/events/export?warningId=" + warning), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().readNBytes(100)).hasSize(100);
            open.add(r.body());
        }
        HttpResponse<String> refused = client.send(request("/api/events/export?warningId=" + warning), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        for (InputStream in : open) {
            in.close();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> openCursors() == 0);
        HttpResponse<String> again = client.send(request("/api/events/export?warningId=" + warning + "&enterpriseId=91141029MA0LDEM07"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);

        // filters apply; bad ones are refused naming the field
        given().auth().preemptive().basic("consult", "consult").queryParam("format", "xml").get("/api/events/export")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("format"));
        given().auth().preemptive().basic("consult", "consult").queryParam("from", "yesterday").get("/api/events/export")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("from"));
        given().auth().preemptive().basic("91141002MA0LDEM01Y", "enterprise").get("/api/events/export").then().statusCode(403);
        String few = given().auth().preemptive().basic("consult", "consult").queryParam("warningId", warning)
                .queryParam("enterpriseId", "91141029MA0LDEM03").queryParam("format", "csv").get("/api/events/export")
                .then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(few))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(EVENTS / 10).allSatisfy(r -> assertThat(r.get("enterprise_id")).isEqualTo("91141029MA0LDEM03"));
        }
    }

    interface Reader {
        long read(InputStream body) throws Exception;
    }

    record Measured(long items, long bytes, double seconds, long baseline, long peakGrowth) {
    }

    /** Downloads while a sampler measures the live heap (used right after a full GC) every 250 ms. */
    private Measured download(String path, String contentType, Reader reader) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = live(memory);
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(live(memory), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = request(path);
        long start = System.nanoTime();
        sampler.start();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(contentType));
        CountingStream counted = new CountingStream(response.body());
        long items;
        try {
            items = reader.read(counted);
        } finally {
            done.set(true);
            sampler.join();
        }
        return new Measured(items, counted.count, (System.nanoTime() - start) / 1e9, baseline, peak.get() - baseline);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("consult:consult".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Sessions still inside an export's read-only transaction. */
    private static int openCursors() throws Exception {
        try (java.sql.Connection c = org.lantian.testing.Infra.db(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT seq, id, at, type%'"
                     + " AND state <> 'idle' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long live(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void report(String format, Measured m) {
        System.out.printf("[export] %s: %,d events, %,d bytes in %.1f s (%.1f MB/s); live heap before %,d MB, peak growth %,d MB "
                        + "(max heap %,d MB)%n", format, m.items, m.bytes, m.seconds, m.bytes / 1e6 / m.seconds, m.baseline >> 20,
                m.peakGrowth >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
