package dev.storageshares.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading requests and writing the success envelope of docs/api.md §1. The envelope is streamed straight
 * into the response as UTF-8, item by item: no envelope map, no intermediate String of the whole body.
 */
final class Exchange {
    static final String CALLER = "caller";
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Leaves the response stream open and unflushed: Jetty completes it, with a length when it fits its buffer. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    private Exchange() {
    }

    static Caller caller(Context ctx) {
        return ctx.attribute(CALLER);
    }

    /**
     * The body text, refusing what is not JSON by media type before anything reads it. JSON is
     * UTF-8 (RFC 8259), so the bytes are decoded as UTF-8 whatever the request claims; a charset
     * parameter naming anything else is refused rather than handed to a decoder that may not exist.
     */
    static String jsonBody(Context ctx) {
        byte[] bytes = rawBody(ctx);
        if (bytes.length == 0) {
            return "";
        }
        if (!isJsonInUtf8(ctx.header("Content-Type"))) {
            throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Request body must be application/json in UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "VALIDATION_ERROR", "Validation failed",
                    Map.of("errors", List.of(Map.of("field", "body", "message", "is not valid UTF-8"))), Map.of());
        }
    }

    /**
     * The bytes as sent, read past the framework: its body helpers consult the charset parameter
     * and fail on names the JVM does not know. Reads at most one byte more than the limit.
     */
    private static byte[] rawBody(Context ctx) {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new ApiError(400, "VALIDATION_ERROR", "The request body could not be read");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "PAYLOAD_TOO_LARGE", "Request body too large (at most 64 KiB)");
        }
        return bytes;
    }

    /**
     * Refuses, before any handler runs, a Content-Type whose charset parameter names no charset
     * this JVM knows or has no value: the framework decodes query strings with that charset and
     * would fail on it with a 500 whatever the endpoint.
     */
    static void requireKnownCharset(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null) {
            return;
        }
        String[] parts = contentType.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "charset", 0, "charset".length()) && !isKnownCharset(parameter)) {
                throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type names an unknown charset");
            }
        }
    }

    private static boolean isKnownCharset(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0 || !parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
            return false;
        }
        String name = unquoted(parameter.substring(equals + 1).trim());
        try {
            return !name.isEmpty() && Charset.isSupported(name);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** {@code application/json}, with no charset parameter or one naming UTF-8 (quoted or not). */
    private static boolean isJsonInUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";", -1);
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            String name = (equals < 0 ? parts[i] : parts[i].substring(0, equals)).trim();
            if (name.equalsIgnoreCase("charset")) {
                String value = equals < 0 ? "" : unquoted(parts[i].substring(equals + 1).trim());
                if (!value.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    static void respond(Context ctx, int status, String message, Object data) {
        send(ctx, status, message, json -> {
            if (data != null) {
                json.writeFieldName("data");
                json.writeObject(data);
            }
        });
    }

    static <T> void respondPage(Context ctx, String message, Page<T> page, int limit, Function<T, Object> view) {
        send(ctx, 200, message, json -> {
            json.writeArrayFieldStart("data");
            for (T item : page.items()) {
                json.writeObject(view.apply(item));
            }
            json.writeEndArray();
            json.writeObjectFieldStart("pagination");
            json.writeNumberField("limit", limit);
            json.writeStringField("next_cursor", page.next().map(Cursor::encode).orElse(null));
            json.writeEndObject();
        });
    }

    private interface Members {
        void write(JsonGenerator json) throws IOException;
    }

    private static void send(Context ctx, int status, String message, Members members) {
        ctx.status(status).contentType(ContentType.APPLICATION_JSON);
        try (JsonGenerator json = JSON.createGenerator(ctx.outputStream())) {
            json.writeStartObject();
            json.writeNumberField("statusCode", status);
            json.writeStringField("message", message);
            members.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
