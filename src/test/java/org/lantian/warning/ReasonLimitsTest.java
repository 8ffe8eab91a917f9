package org.lantian.warning;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Over real HTTP: reason and overrideReason of issue / adjust / lift are at most 2,000 characters and free of
 * control characters other than line breaks and tabs; beyond, 400 naming the field; a 2 MB reason never gets
 * past the body limit (413). County 141021 is used by no other test; its warning is lifted again.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class ReasonLimitsTest {

    private static final String COUNTY = "141021";

    /** {@code n} characters of Chinese text (one UTF-16 unit, three UTF-8 bytes each). */
    private static String text(int n) {
        return "会商研判重污染过程".repeat(n / 9 + 1).substring(0, n);
    }

    private static String body(Object... fieldsAndValues) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            json.putPOJO((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return json.toString();
    }

    @Test
    void reasonsAreBoundedOnIssueAdjustAndLift() {
        WarningApi.asDuty("/api/warnings", body("regionCode", COUNTY, "level", "RED", "reason", text(2_001)))
                .statusCode(400).body("status", equalTo(400)).body("field", equalTo("reason"))
                .body("error", equalTo("reason is longer than 2000 characters"));
        WarningApi.asDuty("/api/warnings", body("regionCode", COUNTY, "level", "RED", "reason", "会商\u0000研判"))
                .statusCode(400).body("field", equalTo("reason")).body("error", startsWith("reason contains the control character U+0000"));
        WarningApi.asDuty("/api/warnings", body("regionCode", COUNTY, "level", "RED", "reason", text(2 * 1024 * 1024)))
                .statusCode(413).body("status", equalTo(413)).body("error", equalTo("request body larger than 262144 bytes (lantian.http.max-json-body)"));

        // 2,000 characters, with line breaks and a tab: accepted
        String lines = "一、会商结论：\n\t启动红色预警。\r\n";
        String reason = lines + text(2_000 - lines.length());
        String id = WarningApi.asDuty("/api/warnings", body("regionCode", COUNTY, "level", "RED", "reason", reason))
                .statusCode(200).body("level", equalTo("RED")).extract().path("id");
        try {
            WarningApi.asDuty("/api/warnings/" + id + "/adjust", body("level", "ORANGE", "version", 1, "reason", text(2_001)))
                    .statusCode(400).body("field", equalTo("reason"));
            WarningApi.asDuty("/api/warnings/" + id + "/adjust", body("level", "ORANGE", "version", 1, "reason", "下调",
                    "overrideReason", text(2_001))).statusCode(400).body("field", equalTo("overrideReason"))
                    .body("error", equalTo("overrideReason is longer than 2000 characters"));
            WarningApi.asDuty("/api/warnings/" + id + "/lift", body("version", 1, "reason", "解除", "overrideReason", "a\u001bb"))
                    .statusCode(400).body("field", equalTo("overrideReason"));
            WarningApi.asDuty("/api/warnings/" + id + "/lift", body("version", 1, "reason", "解除", "overrideReason", text(2 * 1024 * 1024)))
                    .statusCode(413);
        } finally {
            // 2,000 characters each, accepted: the lift happens (no forecast allows it, the override does)
            WarningApi.asDuty("/api/warnings/" + id + "/lift", body("version", 1, "reason", text(2_000), "overrideReason", text(2_000)))
                    .statusCode(200).body("status", equalTo("LIFTED"));
        }
    }

    @Test
    void evaluateTakesAtMostOneThousandPeriods() {
        StringBuilder periods = new StringBuilder();
        for (int i = 0; i < 1_001; i++) {
            periods.append(i == 0 ? "" : ",").append("""
                    {"from": "%s", "to": "%s", "aqi": 80}""".formatted(WarningApi.now(i), WarningApi.now(i + 1)));
        }
        WarningApi.asDuty("/api/warnings/evaluate", """
                {"regionCode": "%s", "periods": [%s]}""".formatted(COUNTY, periods))
                .statusCode(400).body("field", equalTo("periods")).body("error", equalTo("at most 1000 periods, got 1001"));
        String thousand = periods.substring(0, periods.lastIndexOf(",{"));
        WarningApi.asDuty("/api/warnings/evaluate", """
                {"regionCode": "%s", "periods": [%s]}""".formatted(COUNTY, thousand)).statusCode(200);
    }
}
