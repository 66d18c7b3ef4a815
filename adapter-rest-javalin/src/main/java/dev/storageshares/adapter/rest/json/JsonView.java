package dev.storageshares.adapter.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * A JSON object that Jackson writes by calling back into its fields: wherever a view ends up (an
 * answer's data, a list, a map of several views) it is written straight into the response, with no
 * map built for it first.
 */
public final class JsonView extends JsonSerializable.Base {
    /** Writes an object's fields, without the braces, so that views can be composed of others. */
    @FunctionalInterface
    public interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private final Fields fields;

    private JsonView(Fields fields) {
        this.fields = fields;
    }

    public static JsonView of(Fields fields) {
        return new JsonView(fields);
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer types) throws IOException {
        serialize(json, provider);
    }
}
