package org.lantian.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Typed records in and out of every endpoint, so /q/openapi documents every field: no resource method answers
 * or takes a Map, an Object or a JsonNode. A {@code Response} (or {@code RestResponse}, in a {@code Uni} or not) is
 * left to endpoints that negotiate CSV or HTML or answer more than one type, and OpenAPI cannot see its body: such a
 * method must say it with an {@code @APIResponse} whose content names a record as its schema's implementation.
 */
class TypedEndpointsTest {

    private static final Set<Class<? extends Annotation>> VERBS = Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class, HeaderParam.class,
            CookieParam.class, BeanParam.class, Context.class);
    private static final List<String> RESPONSES = List.of("jakarta.ws.rs.core.Response", "org.jboss.resteasy.reactive.RestResponse");
    private static final List<String> UNTYPED = List.of("java.util.Map", "java.lang.Object", "com.fasterxml.jackson.databind.JsonNode");

    @Test
    void noEndpointAnswersOrTakesAnUntypedBody() throws Exception {
        List<String> untyped = new ArrayList<>();
        for (Class<?> type : resources()) {
            for (Method m : type.getDeclaredMethods()) {
                if (VERBS.stream().noneMatch(m::isAnnotationPresent)) {
                    continue;
                }
                String answer = m.getGenericReturnType().getTypeName();
                if (untyped(answer)) {
                    untyped.add(type.getSimpleName() + "." + m.getName() + " answers " + answer);
                }
                for (Parameter p : m.getParameters()) {
                    boolean body = NOT_A_BODY.stream().noneMatch(p::isAnnotationPresent);
                    if (body && untyped(p.getParameterizedType().getTypeName())) {
                        untyped.add(type.getSimpleName() + "." + m.getName() + " takes " + p.getParameterizedType().getTypeName());
                    }
                }
            }
        }
        assertThat(resources()).as("resources found").hasSizeGreaterThan(8);
        assertThat(untyped).isEmpty();
    }

    @Test
    void theCheckSeesAMapOrAJsonNodeWhereverItIsNested() {
        assertThat(untyped("io.smallrye.mutiny.Uni<java.util.List<java.util.Map<java.lang.String, java.lang.Object>>>")).isTrue();
        assertThat(untyped("io.smallrye.mutiny.Uni<java.lang.Object>")).isTrue();
        assertThat(untyped("com.fasterxml.jackson.databind.JsonNode")).isTrue();
        assertThat(untyped("io.smallrye.mutiny.Uni<java.util.List<org.lantian.directive.DirectiveView>>")).isFalse();
    }

    @Test
    void anEndpointAnsweringAResponseDocumentsItsBodyAsARecord() throws Exception {
        List<String> undocumented = new ArrayList<>();
        for (Class<?> type : resources()) {
            for (Method m : type.getDeclaredMethods()) {
                if (VERBS.stream().anyMatch(m::isAnnotationPresent)) {
                    String problem = undocumentedResponse(m);
                    if (problem != null) {
                        undocumented.add(type.getSimpleName() + "." + m.getName() + ": " + problem);
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    /** What the response check is tried on: each method is one case. */
    @SuppressWarnings("unused")
    static final class Examples {
        record Typed(String name, List<Integer> values) {
        }

        static final class NotARecord {
            public String name;
        }

        @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Typed.class)))
        Uni<Response> documented() {
            return null;
        }

        @APIResponse(responseCode = "200", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = Typed.class))})
        Response documentedAmongOthers() {
            return null;
        }

        @APIResponse(responseCode = "200", description = "ok")
        @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = Typed.class)))
        Uni<RestResponse<List<Typed>>> documentedInASecondAnswer() {
            return null;
        }

        Uni<Response> undocumented() {
            return null;
        }

        Uni<RestResponse<Typed>> undocumentedRestResponse() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
        Response onlyAString() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(mediaType = "application/cap+xml", schema = @Schema(type = SchemaType.STRING,
                externalDocs = @org.eclipse.microprofile.openapi.annotations.ExternalDocumentation(description = "CAP 1.2",
                        url = "https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2-os.html"))))
        Response aStandardXmlDocument() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(mediaType = "application/cap+xml", schema = @Schema(type = SchemaType.STRING)))
        Response xmlWithoutItsStandard() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Map.class)))
        Response aMap() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JsonNode.class)))
        Response aJsonNode() {
            return null;
        }

        @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotARecord.class)))
        Response aClass() {
            return null;
        }

        Uni<List<Typed>> notAResponse() {
            return null;
        }
    }

    @Test
    void theResponseCheckWantsARecordInAnAPIResponse() throws Exception {
        for (String fine : List.of("documented", "documentedAmongOthers", "documentedInASecondAnswer", "notAResponse",
                "aStandardXmlDocument")) {
            assertThat(undocumentedResponse(Examples.class.getDeclaredMethod(fine))).as(fine).isNull();
        }
        for (String wrong : List.of("undocumented", "undocumentedRestResponse", "onlyAString", "aMap", "aJsonNode", "aClass",
                "xmlWithoutItsStandard")) {
            assertThat(undocumentedResponse(Examples.class.getDeclaredMethod(wrong))).as(wrong).isNotNull();
        }
    }

    /** Null when the method answers no Response, or documents it with a record; otherwise what is missing. */
    private static String undocumentedResponse(Method m) {
        String answer = m.getGenericReturnType().getTypeName();
        boolean response = RESPONSES.stream().anyMatch(r -> answer.equals(r) || answer.startsWith(r + "<")
                || answer.contains("<" + r));
        if (!response) {
            return null;
        }
        APIResponse[] documented = m.getAnnotationsByType(APIResponse.class);
        if (documented.length == 0) {
            return "answers " + answer + " without an @APIResponse";
        }
        for (APIResponse r : documented) {
            for (Content c : r.content()) {
                Class<?> body = c.schema().implementation();
                if (body.isRecord() && !untyped(body.getName())) {
                    return null;
                }
                // a standard XML document (CAP, Atom) is typed by its standard: the schema must point at it
                if (c.mediaType().endsWith("xml") && !c.schema().externalDocs().url().isBlank()) {
                    return null;
                }
            }
        }
        return "answers " + answer + ": no @APIResponse content has a record as its schema implementation";
    }

    private static boolean untyped(String typeName) {
        // the type itself or a type argument, e.g. Uni<java.util.Map<...>> or List<java.lang.Object>
        return UNTYPED.stream().anyMatch(u -> typeName.equals(u) || typeName.contains("<" + u) || typeName.contains(", " + u));
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        Path root = Path.of("src/main/java");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("@Path(")) {
                    String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
                    found.add(Class.forName(name, false, TypedEndpointsTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
