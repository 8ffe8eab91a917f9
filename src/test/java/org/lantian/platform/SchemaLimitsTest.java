package org.lantian.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lantian.directive.DirectiveAckIngestor;
import org.lantian.monitoring.ReadingIngestor;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.testing.LantianInfrastructure;
import org.lantian.warning.RegionalFloors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The control-character and length bounds of the schemas, through the validator the ingestion uses
 * ({@link RecordSchemas}: networknt, JDK regular expressions). Why the patterns end in {@code $(?![\s\S])}:
 * with Java's regex, {@code $} also matches before a final line break, so {@code ^[^\u0000-\u001F]*$}
 * lets {@code "abc\n"} through.
 */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class SchemaLimitsTest {

    @Inject
    RecordSchemas schemas;

    private static ObjectNode ack(String by) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("directiveId", "D-I-91141002MA0LDEM01Y-141002-3").put("enterpriseId", "91141002MA0LDEM01Y")
                .put("ackedAt", "2026-11-28T10:00:00+08:00").put("by", by);
        return o;
    }

    private String rejectedField(String topic, ObjectNode value) {
        RecordRejected e = (RecordRejected) catchThrowable(
                () -> schemas.parse(topic, value.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("%s must be refused", value).isNotNull();
        assertThat(e.reason()).isEqualTo("schema-violation");
        return e.field();
    }

    @Test
    void aNulOrALineBreakAnywhereInAOneLineStringIsRefused() {
        assertThat(schemas.parse(DirectiveAckIngestor.TOPIC, ack("值班厂长").toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
        for (String by : new String[] {"a\u0000b", "ab\u0000", "ab\n", "a\nb", "\nab", "ab\r\n", "a\tb", "a\u007Fb", "a\u001Bb"}) {
            assertThat(rejectedField(DirectiveAckIngestor.TOPIC, ack(by))).as(by).isEqualTo("by");
        }
        assertThat(rejectedField(DirectiveAckIngestor.TOPIC, ack("x".repeat(201)))).isEqualTo("by");
        assertThat(schemas.parse(DirectiveAckIngestor.TOPIC, ack("厂".repeat(200)).toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void anAnchoredCodeWithATrailingNewlineIsRefused() {
        ObjectNode reading = JsonNodeFactory.instance.objectNode();
        reading.put("stationCode", "141002-01\n").put("observedAt", "2020-01-10T08:00:00+08:00").put("pm25", 1.0);
        assertThat(rejectedField(ReadingIngestor.TOPIC, reading)).isEqualTo("stationCode");
        ObjectNode ack = ack("厂长").put("directiveId", "D-I-91141002MA0LDEM01Y-141002-3\n");
        assertThat(rejectedField(DirectiveAckIngestor.TOPIC, ack)).isEqualTo("directiveId");
    }

    @Test
    void reasonTextMayHaveLineBreaksButNoOtherControlCharacters() {
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("regionCode", "140000").put("warningId", "SX-2026-001").put("level", "ORANGE")
                .put("effectiveFrom", "2026-11-28T12:00:00+08:00").put("issuedBy", "山西省生态环境厅");
        w.putArray("regions").add("141000");
        w.put("reason", "一、会商结论\r\n\t启动橙色预警\n");
        assertThat(schemas.parse(RegionalFloors.TOPIC, w.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
        w.put("reason", "一、会商结论\u0000");
        assertThat(rejectedField(RegionalFloors.TOPIC, w)).isEqualTo("reason");
        w.put("reason", "字".repeat(2_001));
        assertThat(rejectedField(RegionalFloors.TOPIC, w)).isEqualTo("reason");
    }

    @Test
    void whyNotPlainDollar() {
        ObjectNode naive = JsonNodeFactory.instance.objectNode().put("type", "string").put("pattern", "^[^\\u0000-\\u001F\\u007F]*$");
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(naive, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(TextNode.valueOf("abc\n"))).as("the JDK's $ before a final line break").isEmpty();
        assertThat(schema.validate(TextNode.valueOf("a\nbc"))).isNotEmpty();
    }
}
