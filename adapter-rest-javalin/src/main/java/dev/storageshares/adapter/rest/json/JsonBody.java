package dev.storageshares.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storageshares.domain.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A request body read strictly: it must be one JSON object, every member known, every value of the
 * right JSON type. What is wrong is collected as field errors for the use case to report (after its
 * access checks) instead of thrown here.
 */
public final class JsonBody {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ObjectNode object;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    /** @param allowed the members this body may have; any other member is an error */
    public static JsonBody parse(String text, Set<String> allowed) {
        JsonNode root;
        try {
            root = text == null || text.isBlank() ? null : STRICT.readTree(text);
        } catch (IOException e) {
            JsonBody broken = new JsonBody(STRICT.createObjectNode());
            broken.errors.add(new FieldError("body", "is not valid JSON"));
            return broken;
        }
        if (!(root instanceof ObjectNode object)) {
            JsonBody broken = new JsonBody(STRICT.createObjectNode());
            broken.errors.add(new FieldError("body", "must be a JSON object"));
            return broken;
        }
        JsonBody body = new JsonBody(object);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                body.errors.add(new FieldError(name, "is not a known field"));
            }
        }
        return body;
    }

    public boolean has(String field) {
        return object.has(field);
    }

    public boolean isNull(String field) {
        return object.has(field) && object.get(field).isNull();
    }

    /** The string value; null when absent, null or of another type (the latter recorded as an error). */
    public String text(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    public Boolean bool(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false"));
            return null;
        }
        return node.booleanValue();
    }

    /** Whole numbers only: 1.5, "10" and numbers beyond a long are errors. */
    public Long integer(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            errors.add(new FieldError(field, "must be an integer"));
            return null;
        }
        return node.longValue();
    }

    /** The array's elements as bodies of their own; null when absent or null. */
    public List<JsonBody> objects(String field, Set<String> allowed) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "must be an array"));
            return null;
        }
        List<JsonBody> items = new ArrayList<>();
        for (JsonNode element : node) {
            items.add(parse(element.toString(), allowed));
        }
        return items;
    }

    /** Takes over an element's errors (after its fields were read), prefixed with where it stood. */
    public void adopt(String prefix, JsonBody element) {
        element.errors.forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.message())));
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
