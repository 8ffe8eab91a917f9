package org.lantian.bulletin;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.lantian.platform.security.OidcSignIn;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With OIDC on and the console's code-flow tenant taking every page outside /api (production's sign-in), the public
 * pages and the bulletin API still answer a visitor without a session: no redirect to a login page, no 401.
 */
@QuarkusTest
@TestProfile(OidcSignIn.class)
@WithTestResource(LantianInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PublicPagesWithOidcTest {

    @Test
    void aVisitorWithoutASessionReadsTheBulletin() {
        for (String path : new String[] {"/public", "/public?lang=en", "/public/reduction-list", "/api/public/warnings",
                "/api/public/warnings/feed", "/api/public/reduction-list"}) {
            given().redirects().follow(false).get(path).then().statusCode(200);
        }
    }
}
