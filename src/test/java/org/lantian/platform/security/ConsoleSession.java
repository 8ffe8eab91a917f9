package org.lantian.platform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * A browser signing in to the console through the authorization-code flow, step by step as a browser follows the
 * redirects: {@code /login} sends it to the provider's login page, the provider sends it back to {@code /login} with a
 * code (that step made here: the WireMock provider's page would need a browser), Lantian exchanges the code for tokens (the provider's token endpoint answers with the ID token made here) and
 * sets its session cookie. The cookies are what the browser would then hold.
 */
public final class ConsoleSession {

    private final Map<String, String> cookies = new HashMap<>();

    private ConsoleSession() {
    }

    /** Signs in as this user with these roles (in the ID token, as the realm export puts them) and more claims. */
    public static ConsoleSession signIn(WireMockServer provider, String user, List<String> roles, Map<String, Object> more) {
        ConsoleSession browser = new ConsoleSession();
        Response session = browser.returnWithCode(provider, user, roles, more);
        assertThat(session.statusCode()).as("the code is exchanged and the session set").isEqualTo(302);
        assertThat(browser.cookies).containsKey(ConsoleTenant.SESSION_COOKIE);
        Response console = browser.get(URI.create(session.header("Location")).getRawPath());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.header("Location")).as("signed in, /login goes on to the console").isEqualTo("/");
        return browser;
    }

    /** What a sign-in that Lantian refuses ends with: the answer to the return from the provider, and the cookies. */
    public record Refused(int status, Map<String, String> cookies) {
    }

    public static Refused refused(WireMockServer provider, String user, List<String> roles) {
        ConsoleSession browser = new ConsoleSession();
        Response answer = browser.returnWithCode(provider, user, roles, Map.of());
        return new Refused(answer.statusCode(), browser.cookies());
    }

    /** From {@code /login} to the provider and back to Lantian with a code; the answer to that return. */
    private Response returnWithCode(WireMockServer provider, String user, List<String> roles, Map<String, Object> more) {
        var idToken = Tokens.claims(user, Tokens.CONSOLE, roles);
        more.forEach(idToken::claim);
        var accessToken = Tokens.claims(user, Tokens.API, roles);
        more.forEach(accessToken::claim);
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%s", "id_token": "%s", "refresh_token": "r-%s", "token_type": "Bearer", "expires_in": 300}
                        """.formatted(Tokens.signed(accessToken), Tokens.signed(idToken), user))));

        Response toProvider = get("/login");
        assertThat(toProvider.statusCode()).as("/login sends a visitor to the provider").isEqualTo(302);
        URI login = URI.create(toProvider.header("Location"));
        Map<String, String> query = query(login);
        assertThat(query).containsEntry("client_id", Tokens.CONSOLE).containsEntry("response_type", "code");

        // the user signs in on the provider's page, which sends the browser back to the redirect URI with a code
        URI callback = URI.create(query.get("redirect_uri") + "?state=" + encode(query.get("state")) + "&code=code-for-" + user);
        assertThat(callback.getPath()).isEqualTo("/login");
        return get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** A GET as the browser sends it: with its cookies, not following redirects; keeps what the answer sets. */
    public Response get(String path) {
        return keep(given().redirects().follow(false).cookies(cookies).get(path));
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public Response keep(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
