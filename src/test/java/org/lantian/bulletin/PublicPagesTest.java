package org.lantian.bulletin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The public pages answer without sign-in, in Chinese by default and in English with ?lang=en. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class PublicPagesTest {

    @Test
    void theBulletinPageNamesEveryCountyInChineseOrInEnglish() {
        String zh = given().get("/public").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(zh).contains("<html lang=\"zh-CN\">", "临汾市空气重污染预警公告", "临汾市", "洪洞县", "汾西县", "/public/reduction-list",
                "/api/public/warnings/feed");
        String en = given().queryParam("lang", "en").get("/public").then().statusCode(200).extract().asString();
        assertThat(en).contains("<html lang=\"en\">", "Linfen heavy air pollution warnings", "Linfen City", "Hongtong County",
                "/public/reduction-list?lang=en").doesNotContain("洪洞县");
    }

    @Test
    void theReductionListPageListsTheCountysEnterprises() {
        String page = given().queryParam("county", "141024").get("/public/reduction-list").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        String first = given().get("/api/public/reduction-list").then().statusCode(200).extract()
                .path("enterprises.find { it.regionCode == '141024' }.name");
        assertThat(page).contains("临汾市重污染天气应急减排清单", "洪洞县", first);
        assertThat(given().queryParam("lang", "en").get("/public/reduction-list").then().statusCode(200).extract().asString())
                .contains("Linfen emergency emission-reduction list", "Hongtong County");
    }

    @Test
    void noCredentialsAreNeededAnywhereOnTheBulletin() {
        for (String path : new String[] {"/public", "/public/reduction-list", "/api/public/warnings", "/api/public/warnings/feed",
                "/api/public/reduction-list"}) {
            given().redirects().follow(false).get(path).then().statusCode(200);
        }
    }
}
