package org.lantian.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health with Kafka and database checks, Prometheus metrics, OpenAPI and Swagger UI. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class PlatformEndpointsTest {

    @Test
    void healthIsUpWithKafkaAndDatabaseChecks() {
        given().when().get("/q/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void prometheusMetricsAreExported() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("aq_monitoring_records_accepted_total"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
