package dev.storageshares.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint the server serves, read from its own OpenAPI document, so the robustness suites
 * cover an endpoint the day it is added. Path parameters are filled by kind (container, share,
 * project), guessed from their names.
 */
final class Endpoints {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    enum Kind { CONTAINER, SHARE, PROJECT }

    /** @param queryParameters the query parameters the document lists for this operation */
    record Endpoint(String method, String template, List<String> queryParameters) {
        boolean authenticated() {
            return template.startsWith("/api/v1/");
        }

        boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        List<String> parameters() {
            return PARAM.matcher(template).results().map(m -> m.group(1)).toList();
        }

        /** The path with each parameter replaced by what {@code value} gives for its name and kind. */
        String path(Function<String, String> value) {
            Matcher matcher = PARAM.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
            }
            return matcher.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> of(ApiClient api) {
        JsonNode paths = api.get("/openapi.json", null).json().get("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (operation.getKey().matches("get|put|post|patch|delete")) {
                    List<String> query = new ArrayList<>();
                    operation.getValue().path("parameters").forEach(parameter -> {
                        if (parameter.path("in").asText().equals("query")) {
                            query.add(parameter.path("name").asText());
                        }
                    });
                    endpoints.add(new Endpoint(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), query));
                }
            });
        }
        return endpoints;
    }

    static Kind kindOf(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        if (name.contains("share")) {
            return Kind.SHARE;
        }
        return name.contains("project") ? Kind.PROJECT : Kind.CONTAINER;
    }
}
