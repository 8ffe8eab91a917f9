package org.lantian.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantian.platform.http.SessionCsrf;
import org.lantian.testing.LantianInfrastructure;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * The console's sign-in (authorization-code flow against the WireMock provider) and what its session cookie may do:
 * read the API, and write only with the CSRF token of its own session. Bearer tokens and Basic need none.
 */
@QuarkusTest
@TestProfile(OidcSignIn.class)
@WithTestResource(LantianInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcConsoleSessionTest {

    /** A dry run: a duty officer may, and it changes nothing. */
    private static final String EVALUATE = """
            {"regionCode": "141000", "periods": [{"from": "2026-12-01T00:00:00+08:00", "to": "2026-12-03T00:00:00+08:00",
             "aqi": 230, "primaryPollutant": "PM2.5"}]}""";

    @OidcWireMock
    WireMockServer provider;

    @Test
    void aConsoleSessionReadsTheApiAndIsGivenACsrfToken() {
        ConsoleSession browser = dutyOfficer("zhang.duty");
        assertThat(browser.get("/api/warnings").statusCode()).isEqualTo(200);
        assertThat(browser.cookies()).as("the browser holds a token (from the console page or the API)")
                .containsKey(SessionCsrf.COOKIE);
        // a session that has none yet is given one by its first API answer
        Map<String, String> withoutToken = new HashMap<>(browser.cookies());
        withoutToken.remove(SessionCsrf.COOKIE);
        Response warnings = given().redirects().follow(false).cookies(withoutToken).get("/api/warnings");
        assertThat(warnings.statusCode()).isEqualTo(200);
        assertThat(warnings.getDetailedCookie(SessionCsrf.COOKIE)).isNotNull()
                .satisfies(c -> assertThat(c.isHttpOnly()).as("the console's script reads it").isFalse())
                .satisfies(c -> assertThat(c.getSameSite()).isEqualToIgnoringCase("Strict"));
    }

    @Test
    void anApiCallWithoutCredentialsIsA401NotARedirectToTheLoginPage() {
        given().redirects().follow(false).get("/api/warnings").then().statusCode(401);
    }

    @Test
    void anApiCallWithASessionCookieThatIsNoLongerValidIsA401NotARedirect() {
        // signed out, expired, or from before a restart with another secret: the console's tenant takes the call
        given().redirects().follow(false).cookie(ConsoleTenant.SESSION_COOKIE, "no-longer-valid").get("/api/warnings").then()
                .statusCode(401);
        // a page with the same cookie is sent to the provider's login
        given().redirects().follow(false).cookie(ConsoleTenant.SESSION_COOKIE, "no-longer-valid").get("/login").then()
                .statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(provider.baseUrl()));
    }

    @Test
    void aSessionWriteWithoutTheCsrfHeaderIsRefused() {
        ConsoleSession browser = dutyOfficer("zhang.duty");
        browser.get("/api/warnings");
        assertThat(browser.cookies()).containsKey(SessionCsrf.COOKIE);
        evaluate(browser.cookies(), null).then().statusCode(403)
                .body("field", equalTo(SessionCsrf.HEADER)).body("error", containsString("none given"));
    }

    @Test
    void aSessionWriteWithTheCsrfHeaderOfItsCookiePasses() {
        ConsoleSession browser = dutyOfficer("zhang.duty");
        browser.get("/api/warnings");
        evaluate(browser.cookies(), browser.cookies().get(SessionCsrf.COOKIE)).then().statusCode(200)
                .body("regionCode", equalTo("141000")).body("level", notNullValue());
    }

    @Test
    void aCsrfHeaderThatDoesNotMatchTheCookieIsRefused() {
        ConsoleSession browser = dutyOfficer("zhang.duty");
        browser.get("/api/warnings");
        String token = browser.cookies().get(SessionCsrf.COOKIE);
        evaluate(browser.cookies(), token.substring(0, token.length() - 2) + "xx").then().statusCode(403)
                .body("field", equalTo(SessionCsrf.HEADER)).body("error", containsString("does not match"));
    }

    @Test
    void aCsrfTokenMadeForAnotherUserIsRefusedEvenAsCookieAndHeader() {
        ConsoleSession other = dutyOfficer("li.duty");
        other.get("/api/warnings");
        String othersToken = other.cookies().get(SessionCsrf.COOKIE);
        ConsoleSession browser = dutyOfficer("zhang.duty");
        Map<String, String> planted = new java.util.HashMap<>(browser.cookies());
        planted.put(SessionCsrf.COOKIE, othersToken);
        evaluate(planted, othersToken).then().statusCode(403).body("field", equalTo(SessionCsrf.HEADER));
    }

    @Test
    void bearerAndBasicWritesNeedNoCsrfToken() {
        given().auth().oauth2(Tokens.bearer("zhang.duty", Roles.DUTY_OFFICER)).contentType("application/json").body(EVALUATE)
                .post("/api/warnings/evaluate").then().statusCode(200);
        given().auth().preemptive().basic("duty", "duty").contentType("application/json").body(EVALUATE)
                .post("/api/warnings/evaluate").then().statusCode(200);
    }

    @Test
    void aConsoleUserWhoseTokenLacksTheCountyIsNotSignedIn() {
        // the same rule as for bearer tokens: the code exchange ends in a refusal, no session cookie is set
        ConsoleSession.Refused refused = ConsoleSession.refused(provider, "no-county", List.of(Roles.COUNTY_OFFICER));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.cookies()).doesNotContainKey(ConsoleTenant.SESSION_COOKIE);
    }

    private ConsoleSession dutyOfficer(String user) {
        return ConsoleSession.signIn(provider, user, List.of(Roles.DUTY_OFFICER), Map.of());
    }

    private static Response evaluate(Map<String, String> cookies, String csrfHeader) {
        var request = given().redirects().follow(false).cookies(cookies).contentType("application/json").body(EVALUATE);
        if (csrfHeader != null) {
            request.header(SessionCsrf.HEADER, csrfHeader);
        }
        return request.post("/api/warnings/evaluate");
    }
}
