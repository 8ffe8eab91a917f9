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

import org.junit.jupiter.api.Test;

/**
 * Typed records in and out of every endpoint, so /q/openapi documents every field: no resource method answers
 * or takes a Map, an Object or a JsonNode. (A {@code Response} is left to endpoints that negotiate CSV or HTML.)
 */
class TypedEndpointsTest {

    private static final Set<Class<? extends Annotation>> VERBS = Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class, HeaderParam.class,
            CookieParam.class, BeanParam.class, Context.class);
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
