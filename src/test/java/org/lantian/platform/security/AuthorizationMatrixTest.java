package org.lantian.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Generated from the scope table (docs/security.md): every endpoint × every principal — no credentials, a wrong
 * password, and each role's demo account — asked for real. A "—" must be refused (401 without sign-in, 403 signed
 * in); anything else must get past authorization (whatever the endpoint then says of the placeholder ids and
 * bodies, which are chosen so that nothing changes). The table also has to name exactly the endpoints the
 * application serves, and the docs have to show exactly the table the application enforces.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class AuthorizationMatrixTest {

    private static final ScopeTable TABLE = ScopeTable.load();

    /** A column of the table and the credentials that stand for it. */
    private record Principal(String column, String user, String password) {
    }

    @Test
    void theDocsShowExactlyTheTableTheApplicationEnforces() throws Exception {
        ScopeTable documented = ScopeTable.parse(Files.readString(Path.of("docs/security.md")));
        assertThat(documented.rules()).containsExactlyElementsOf(TABLE.rules());
    }

    @Test
    void theTableNamesEveryEndpointTheApplicationServesAndNoOther() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(op -> Set.of("get", "post", "put", "patch", "delete").contains(op))
                .forEach(op -> served.add(op.toUpperCase() + " " + path)));
        Set<String> tabled = new TreeSet<>();
        TABLE.rules().forEach(r -> tabled.add(r.endpoint()));
        // the console's pages and fragments are REST endpoints too: every one of them is in the table
        assertThat(served).containsExactlyElementsOf(tabled);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryPrincipalIsAnsweredAsTheTableSays() {
        String enterprise = given().auth().preemptive().basic("duty", "duty").queryParam("regionCode", "141024")
                .get("/api/enterprises").then().statusCode(200).extract().path("[0].enterpriseId");
        List<Principal> principals = List.of(
                new Principal(ScopeTable.NO_SIGN_IN, null, null),
                new Principal("wrong password", "duty", "not-the-password"),
                new Principal(Roles.DUTY_OFFICER, "duty", "duty"),
                new Principal(Roles.COUNTY_OFFICER, "county-141024", "county"),
                new Principal(Roles.ENTERPRISE, enterprise, "enterprise"),
                new Principal(Roles.CONSULTATION, "consult", "consult"),
                new Principal(Roles.ADMIN, "admin", "admin"));
        List<DynamicTest> tests = new ArrayList<>();
        for (ScopeTable.Rule rule : TABLE.rules()) {
            for (Principal p : principals) {
                tests.add(DynamicTest.dynamicTest(rule.endpoint() + " as " + p.column(), () -> check(rule, p)));
            }
        }
        return tests.stream();
    }

    private static void check(ScopeTable.Rule rule, Principal p) {
        int status = statusOf(rule, p);
        if (p.column().equals("wrong password")) {
            assertThat(status).as("a wrong password is never let in").isEqualTo(401);
            return;
        }
        Reach reach = p.user() == null ? rule.anonymous() : rule.roles().get(p.column());
        if (reach == Reach.NONE && p.user() == null && !rule.path().startsWith("/api/")) {
            assertThat(status).as("the table says — : a console page sends a visitor to sign in").isEqualTo(303);
        } else if (reach == Reach.NONE) {
            assertThat(status).as("the table says —").isEqualTo(p.user() == null ? 401 : 403);
        } else {
            assertThat(status).as("the table says " + reach.cell()).isNotIn(401, 403);
        }
    }

    private static int statusOf(ScopeTable.Rule rule, Principal p) {
        if (rule.path().equals("/console/stream")) {
            return streamStatus(p);
        }
        return call(rule, p).statusCode();
    }

    /** An event stream never ends: its status is read from the headers and the connection dropped. */
    private static int streamStatus(Principal p) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                    + "/console/stream")).timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream");
            if (p.user() != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((p.user() + ":" + p.password()).getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<InputStream> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response call(ScopeTable.Rule rule, Principal p) {
        RequestSpecification request = given().redirects().follow(false);
        if (p.user() != null) {
            request = request.auth().preemptive().basic(p.user(), p.password());
        }
        boolean outbox = rule.path().startsWith("/api/admin/outbox");
        String path = rule.path().replace("{code}", "141024").replace("{id}", outbox ? "999999999" : "NO-SUCH-ID");
        // cheap answers: the event log may hold hundreds of thousands of events by now
        if (rule.path().equals("/api/events/export")) {
            request = request.queryParam("from", "2999-01-01T00:00:00Z");
        } else if (rule.method().equals("GET")) {
            request = request.queryParam("limit", 1);
        }
        if (rule.method().equals("POST")) {
            // bodies that every endpoint refuses as incomplete or invalid: nothing changes whoever gets through
            // ({} would start the demo episode with its defaults: a speed of 0 is refused)
            request = rule.path().equals("/api/reduction-list")
                    ? request.contentType("text/csv").body("not,a,list\n")
                    : request.contentType("application/json").body(rule.path().equals("/api/admin/episode") ? "{\"speed\": 0}" : "{}");
        }
        return request.request(rule.method(), path);
    }
}
