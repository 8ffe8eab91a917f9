package org.lantian.architecture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** /q/openapi documents the bodies of the endpoints that answer a Response, and the typed read models' fields. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class OpenApiBodiesTest {

    @Test
    void theNegotiatingEndpointsNameTheirRecords() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(api.getString("paths.'/api/consultation/brief'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/Brief");
        assertThat(api.getString("paths.'/api/consultation/brief'.get.responses.'200'.content.'text/html'.schema.type"))
                .isEqualTo("string");
        assertThat(api.getString("paths.'/api/reduction-list'.post.responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/ListImported");
        assertThat(api.getString("paths.'/api/reduction-list'.post.responses.'400'.content.'application/json'.schema.'$ref'"))
                .endsWith("/ListRefused");
        assertThat(api.getString("paths.'/api/reduction-list'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/ReductionListView");
        // the brief's fields, typed: final (not wholeDay), regions of RegionBrief, one OrderCounts shape
        assertThat(api.getMap("components.schemas.Brief.properties")).containsKeys("date", "asOf", "final", "summary", "regions")
                .doesNotContainKey("wholeDay");
        assertThat(api.getString("components.schemas.RegionBrief.properties.orders.'$ref'")).endsWith("/OrderCounts");
        assertThat(api.getString("components.schemas.TimelineView.properties.directives.'$ref'")).endsWith("/OrderCounts");
        assertThat(api.getMap("components.schemas.EventView.properties")).containsKeys("seq", "payload", "hash");
        assertThat(api.getMap("components.schemas.HourAqi.properties")).containsKeys("aqi", "iaqi", "concentrations", "hour");
    }
}
