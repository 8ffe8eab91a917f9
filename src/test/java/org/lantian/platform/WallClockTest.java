package org.lantian.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.testing.MovableClock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Business time may run ahead of the wall (tests move it; a demo may accelerate it), technical checks must not
 * follow: with business "now" ten minutes ahead — far beyond the two minutes after which an outbox or a partition
 * counts as stalled — readiness stays UP, because stall checks read the {@link WallClock}.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class WallClockTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void businessTimeRunningAheadDoesNotMakeTheOutboxLookStalled() {
        given().get("/q/health/ready").then().statusCode(200);
        clock.advance(Duration.ofMinutes(10));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
    }
}
