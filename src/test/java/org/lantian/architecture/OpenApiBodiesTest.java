package org.lantian.architecture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lantian.testing.LantianInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** /q/openapi documents the bodies of the endpoints that answer a Response, and the typed read models' fields. */
@QuarkusTest
@WithTestResource(LantianInfrastructure.class)
class OpenApiBodiesTest {

    /**
     * Fields left open on purpose, with why: an event's payload is stored and shown as it was logged, and its fields
     * depend on the event type (docs list them per type).
     */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of("EventView.payload", "fields depend on the event type");

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
        // the nested fields once left as JSON: reasons, the reduction list's adequacy, an order's measures
        assertThat(api.getString("components.schemas.ProposalView.properties.reasons.items.'$ref'")).endsWith("/Reason");
        assertThat(api.getString("components.schemas.ProposalView.properties.adequacy.'$ref'")).endsWith("/AdequacySummary");
        assertThat(api.getString("components.schemas.Warning.properties.adequacy.'$ref'")).endsWith("/AdequacySummary");
        assertThat(api.getString("components.schemas.AdequacySummary.properties.pollutants.items.'$ref'")).endsWith("/PollutantCut");
        assertThat(api.getString("components.schemas.DirectiveView.properties.measures.items.'$ref'")).endsWith("/DirectiveMeasure");
    }

    @Test
    void everyResponseBodyIsTypedAllTheWayDown() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> opaque = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var path : entries(api.path("paths"))) {
            for (var operation : entries(path.getValue())) {
                for (var response : entries(operation.getValue().path("responses"))) {
                    for (var content : entries(response.getValue().path("content"))) {
                        if (json(content.getKey())) {
                            String where = operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey();
                            opaque.addAll(opaqueIn(api, content.getValue().path("schema"), where, seen));
                        }
                    }
                }
            }
        }
        assertThat(seen).as("schemas reached from the responses").hasSizeGreaterThan(20);
        assertThat(opaque).isEmpty();
    }

    @Test
    void theCheckFindsAnOpaqueObjectWhereverItIsNested() throws Exception {
        JsonNode api = new ObjectMapper().readTree("""
                {"components": {"schemas": {
                  "Outer": {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}, "n": {"type": "integer"}}},
                  "Inner": {"type": "object", "properties": {"rows": {"type": "array", "items": {"type": "object", "properties": {
                      "free": {"type": "object"}, "any": {}, "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                      "tags": {"type": ["array", "null"], "items": {"type": "string"}}, "bare": {"type": "array", "items": {}},
                      "node": {"$ref": "#/components/schemas/JsonNode"}}}}}},
                  "JsonNode": {"type": "object", "properties": {"empty": {"type": "boolean"}}}}}}""");
        assertThat(opaqueIn(api, api.at("/components/schemas/Outer"), "GET /x", new HashSet<>()))
                .containsExactly("GET /x: Inner.rows[].free", "GET /x: Inner.rows[].any", "GET /x: Inner.rows[].bare",
                        "GET /x: Inner.rows[].node");
        assertThat(opaqueIn(api, new ObjectMapper().readTree("{}"), "GET /y", new HashSet<>())).containsExactly("GET /y: the body");
    }

    /** The properties (and array items), following $refs, whose schema says nothing of their shape; each schema once. */
    private static List<String> opaqueIn(JsonNode api, JsonNode schema, String where, Set<String> seen) {
        List<String> found = new ArrayList<>();
        if (opaque(schema)) {
            found.add(where + ": the body");
        }
        walk(api, schema, null, where, seen, found);
        return found;
    }

    private static void walk(JsonNode api, JsonNode schema, String at, String where, Set<String> seen, List<String> found) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (seen.add(name)) {
                walk(api, api.path("components").path("schemas").path(name), name, where, seen, found);
            }
            return;
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(s -> walk(api, s, at, where, seen, found));
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            String field = (at == null ? "" : at + ".") + p.getKey();
            if (!opaque(p.getValue())) {
                walk(api, p.getValue(), field, where, seen, found);
            } else if (!OPEN_BY_DESIGN.containsKey(field)) {
                found.add(where + ": " + field);
            }
        });
        if (schema.has("items")) {
            String items = (at == null ? "" : at) + "[]";
            if (opaque(schema.get("items"))) {
                found.add(where + ": " + items);
            } else {
                walk(api, schema.get("items"), items, where, seen, found);
            }
        }
        if (schema.path("additionalProperties").isObject()) {
            walk(api, schema.get("additionalProperties"), (at == null ? "" : at) + "{}", where, seen, found);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        return object::fields;
    }

    /** A JSON body (what Jackson writes); HTML pages and event streams are text. */
    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /**
     * No type, an object or array that names neither its properties, its values nor its items, or Jackson's JsonNode
     * (whose schema is the node's getters, not the JSON it holds).
     */
    private static boolean opaque(JsonNode s) {
        if (s.path("$ref").asText().matches(".*/(JsonNode|ObjectNode|ArrayNode)$")) {
            return true;
        }
        if (s.has("$ref") || s.has("properties") || s.has("allOf") || s.has("oneOf") || s.has("anyOf") || s.has("enum")) {
            return false;
        }
        Set<String> types = new HashSet<>();
        if (s.path("type").isArray()) {
            s.get("type").forEach(t -> types.add(t.asText()));
        } else if (s.has("type")) {
            types.add(s.get("type").asText());
        }
        types.remove("null");
        if (types.isEmpty()) {
            return true;
        }
        if (types.contains("object")) {
            JsonNode values = s.path("additionalProperties");
            return !values.isObject() || opaque(values);
        }
        return types.contains("array") && (!s.has("items") || opaque(s.get("items")));
    }
}
