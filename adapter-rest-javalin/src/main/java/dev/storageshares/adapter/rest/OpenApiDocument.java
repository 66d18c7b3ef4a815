package dev.storageshares.adapter.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** An OpenAPI 3 document generated from the route table, so it lists exactly what is served. */
final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {
    }

    static Map<String, Object> of(List<Route> routes, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Storage Shares API", "version", version));
        document.put("paths", paths);
        document.put("components", Map.of("securitySchemes",
                Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"))));
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", route.summary());
        List<Map<String, Object>> parameters = new ArrayList<>(PATH_PARAM.matcher(route.path()).results()
                .map(m -> Map.<String, Object>of("name", m.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", "string")))
                .toList());
        route.query().forEach(name -> parameters.add(Map.of("name", name, "in", "query", "required", false,
                "schema", Map.of("type", "string"))));
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (route.method().name().matches("POST|PUT|PATCH")) {
            operation.put("requestBody", Map.of("required", true, "content",
                    Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        }
        if (route.authenticated()) {
            operation.put("security", List.of(Map.of("bearerAuth", List.of())));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(Integer.toString(route.successStatus()), Map.of("description", "Success"));
        if (route.authenticated()) {
            responses.put("401", Map.of("description", "Missing or invalid token"));
            responses.put("403", Map.of("description", "Insufficient permissions"));
            responses.put("404", Map.of("description", "Not found, or not visible to the caller"));
        }
        operation.put("responses", responses);
        return operation;
    }
}
