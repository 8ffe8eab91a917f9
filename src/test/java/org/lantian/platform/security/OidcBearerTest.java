package org.lantian.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lantian.testing.Infra;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Bearer tokens for the API from a real (WireMock) OpenID Connect provider: each role of the contract gets in where
 * it should, county and enterprise come from their claims, and a token that is expired, signed with another key, or
 * whose claims would make a county officer without a county, is refused.
 */
@QuarkusTest
@TestProfile(OidcSignIn.class)
@WithTestResource(LantianInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcBearerTest {

    private static final String COUNTY = "141024";
    private static final String OWN = "91141024MA0LD0181C";
    private static final String OTHER = "91141024MA0LD0182F";

    @Test
    void aDutyOfficerListsTheWarnings() {
        given().auth().oauth2(Tokens.bearer("zhang.duty", Roles.DUTY_OFFICER)).get("/api/warnings").then().statusCode(200);
    }

    @Test
    void anAdminSeesTheParkedOutbox() {
        given().auth().oauth2(Tokens.bearer("li.admin", Roles.ADMIN)).get("/api/admin/outbox/parked").then().statusCode(200);
    }

    @Test
    void theConsultationRoleReadsTheBriefButNoAdminPage() {
        String token = Tokens.bearer("wang.consult", Roles.CONSULTATION);
        given().auth().oauth2(token).get("/api/consultation/brief").then().statusCode(200);
        given().auth().oauth2(token).get("/api/admin/outbox/parked").then().statusCode(403);
    }

    @Test
    void aCountyOfficerActsForTheCountyInItsClaimOnly() {
        String token = Tokens.bearer("zhao.hongtong", List.of(Roles.COUNTY_OFFICER), c -> c.claim("county", COUNTY));
        List<String> regions = given().auth().oauth2(token).get("/api/directives").then().statusCode(200)
                .extract().path("regionCode");
        assertThat(regions).containsOnly(COUNTY);
        given().auth().oauth2(token).queryParam("regionCode", "141034").get("/api/directives").then().statusCode(403);
        // the county attribute is what the scope checks: a warning for another region is not this officer's to issue
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"regionCode\": \"141002\", \"level\": \"YELLOW\", \"reason\": \"not my county\"}")
                .post("/api/warnings").then().statusCode(403)
                .body("error", containsString("reads and acts for county " + COUNTY + " only"));
    }

    @Test
    void anEnterpriseSeesItsOwnDirectivesOnly() throws Exception {
        String own = directive(OWN);
        String other = directive(OTHER);
        String token = Tokens.bearer("hongtong-cement", List.of(Roles.ENTERPRISE), c -> c.claim("enterprise_id", OWN));
        List<String> ids = given().auth().oauth2(token).get("/api/directives?regionCode=" + COUNTY).then().statusCode(200)
                .extract().jsonPath().getList("directiveId");
        List<String> subjects = given().auth().oauth2(token).get("/api/directives").then().statusCode(200)
                .extract().jsonPath().getList("subject");
        assertThat(ids).contains(own).doesNotContain(other);
        assertThat(subjects).isNotEmpty().containsOnly(OWN);
    }

    @Test
    void aCountyOfficerTokenWithoutACountyIsRefused() {
        String token = Tokens.bearer("no-county", Roles.COUNTY_OFFICER);
        given().auth().oauth2(token).get("/api/directives").then().statusCode(401);
        given().auth().oauth2(token).get("/api/regions").then().statusCode(401);
    }

    @Test
    void aCountyClaimThatIsNoCountyOfTheCityIsRefused() {
        // 141000 is the city itself, 999999 nothing at all: neither narrows a county officer to a county
        given().auth().oauth2(Tokens.bearer("city", List.of(Roles.COUNTY_OFFICER), c -> c.claim("county", "141000")))
                .get("/api/directives").then().statusCode(401);
        given().auth().oauth2(Tokens.bearer("nowhere", List.of(Roles.COUNTY_OFFICER), c -> c.claim("county", "999999")))
                .get("/api/directives").then().statusCode(401);
    }

    @Test
    void anEnterpriseTokenWithoutAnEnterpriseIdIsRefused() {
        given().auth().oauth2(Tokens.bearer("no-enterprise", Roles.ENTERPRISE)).get("/api/directives").then().statusCode(401);
    }

    @Test
    void rolesTheContractDoesNotNameGrantNothing() {
        String token = Tokens.bearer("someone", List.of("offline_access", "uma_authorization", "user"), c -> c);
        given().auth().oauth2(token).get("/api/directives").then().statusCode(403);
        given().auth().oauth2(token).get("/api/admin/outbox/parked").then().statusCode(403);
    }

    @Test
    void anExpiredTokenIsRefused() {
        given().auth().oauth2(Tokens.expired("late.duty", Roles.DUTY_OFFICER)).get("/api/warnings").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        given().auth().oauth2(Tokens.signedByAnotherKey("forger", Roles.ADMIN)).get("/api/admin/outbox/parked").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = Tokens.signed(Tokens.claims("elsewhere", "some-other-app", List.of(Roles.ADMIN)));
        given().auth().oauth2(token).get("/api/admin/outbox/parked").then().statusCode(401);
    }

    @Test
    void theDemoAccountsStillWorkBesideOidcInTests() {
        given().auth().preemptive().basic("duty", "duty").get("/api/warnings").then().statusCode(200);
    }

    /** A pending industrial directive for this enterprise in county 141024, written as the directive service would. */
    private static String directive(String enterprise) throws Exception {
        String id = "D-I-OIDC-" + UUID.randomUUID();
        try (Connection c = Infra.db(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO directive (id, kind, subject, version, region_code, level, action, mandatory, measures,
                                       effective_from, ack_deadline)
                VALUES (?, 'INDUSTRIAL', ?, ?, '141024', 'ORANGE', 'START', true, '[]'::jsonb, now(), now() + interval '2 hours')
                """)) {
            s.setString(1, id);
            s.setString(2, enterprise);
            s.setInt(3, 1_000_000 + (int) (Math.random() * 1_000_000));
            s.executeUpdate();
        }
        return id;
    }
}
