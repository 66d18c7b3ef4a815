package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests malformed at every layer — cursor, media type, body bytes, and what Jetty itself refuses
 * before a route runs — answer a 4xx in the JSON envelope whose statusCode is the HTTP status.
 */
public abstract class MalformedRequestApiContract extends ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** base64url of "9223372036854775807:x": a cursor whose time no store can hold. */
    private static final String FAR_FUTURE_CURSOR = "OTIyMzM3MjAzNjg1NDc3NTgwNzp4";

    static JsonNode assertEnvelope(int status, String body, int expectedStatus) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not the JSON envelope: " + body, e);
        }
        assertThat(json.get("statusCode").asInt()).as(body).isEqualTo(expectedStatus);
        assertThat(json.get("error").isTextual()).as(body).isTrue();
        assertThat(json.get("code").isTextual()).as(body).isTrue();
        assertThat(json.get("message").isTextual()).as(body).isTrue();
        return json;
    }

    @Test
    void givenACursorWithAnOutOfRangeTimeThenEveryListAnswers400() {
        String id = aliceShares(directBody("/cursor", web(2))).get("id").asText();
        for (String list : List.of("/api/v1/containers/" + web(1) + "/storage/shares", "/api/v1/storage/shares",
                "/api/v1/storage/incoming", "/api/v1/containers/" + web(1) + "/storage/shares/" + id + "/history")) {
            ApiClient.Response response = api.get(list + "?cursor=" + FAR_FUTURE_CURSOR, alice);
            JsonNode error = assertEnvelope(response.status(), response.body(), 400);
            assertThat(error.get("code").asText()).as(list).isEqualTo("VALIDATION_ERROR");
        }
    }

    @Test
    void givenAnUnusualButUtf8CharsetThenTheBodyIsRead() {
        for (String contentType : List.of("application/json; charset=utf-8", "application/json; charset=\"UTF-8\"",
                "Application/JSON;charset=UTF-8")) {
            ApiClient.Response response = api.send("POST", "/api/v1/containers/" + web(1) + "/storage/shares", alice,
                    directBody("/charset/" + contentType.length() + contentType.charAt(0), web(2)), contentType);
            assertThat(response.status()).as(contentType + ": " + response.body()).isEqualTo(201);
        }
    }

    @Test
    void givenAnyOtherCharsetOrABrokenContentTypeThenTheBodyIsUnsupported() {
        for (String contentType : List.of("application/json; charset=bogus", "application/json; charset=",
                "application/json; charset=latin1", "application/json; charset=\"", ";", "application/json;;charset",
                "text/plain")) {
            ApiClient.Response response = api.send("POST", "/api/v1/containers/" + web(1) + "/storage/shares", alice,
                    directBody("/never", web(2)), contentType);
            JsonNode error = assertEnvelope(response.status(), response.body(), 415);
            assertThat(error.get("code").asText()).as(contentType).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
    }

    @Test
    void givenACharsetNoDecoderKnowsThenEvenABodilessRequestWithQueryParametersIsUnsupported() {
        for (String contentType : List.of("application/json; charset=bogus", "application/json; charset",
                "application/json; charset=", "text/plain; charsetx")) {
            RawHttp.Answer answer = RawHttp.send(api.baseUrl(), "GET /api/v1/containers/" + web(1)
                    + "/storage/shares?limit=5&output=full HTTP/1.1\r\nAuthorization: Bearer " + alice
                    + "\r\nContent-Type: " + contentType, null);
            JsonNode error = assertEnvelope(answer.status(), answer.body(), 415);
            assertThat(error.get("code").asText()).as(contentType).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
    }

    @Test
    void givenABodyThatIsNotUtf8ThenItIsAValidationError() {
        byte[] latin1 = directBody("/caf\u00e9", web(2)).getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(api.baseUrl(), "POST /api/v1/containers/" + web(1) + "/storage/shares HTTP/1.1"
                + "\r\nAuthorization: Bearer " + alice + "\r\nContent-Type: application/json", latin1);
        JsonNode error = assertEnvelope(answer.status(), answer.body(), 400);
        assertThat(error.get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(api.get("/api/v1/containers/" + web(1) + "/storage/shares", alice).data()).isEmpty();
    }

    @Test
    void givenANulInAPathSegmentThenJettysRefusalIsTheEnvelope() {
        RawHttp.Answer answer = RawHttp.send(api.baseUrl(), "GET /api/v1/containers/web%00/storage/shares HTTP/1.1"
                + "\r\nAuthorization: Bearer " + alice, null);
        assertThat(answer.status()).isBetween(400, 499);
        assertEnvelope(answer.status(), answer.body(), answer.status());
    }

    @Test
    void givenAnOversizedUriThenTheAnswerIs414InTheEnvelope() {
        RawHttp.Answer answer = RawHttp.send(api.baseUrl(), "GET /api/v1/containers/" + "x".repeat(20_000)
                + "/storage/shares HTTP/1.1\r\nAuthorization: Bearer " + alice, null);
        JsonNode error = assertEnvelope(answer.status(), answer.body(), 414);
        assertThat(error.get("code").asText()).isEqualTo("URI_TOO_LONG");
    }

    @Test
    void givenOversizedHeadersThenTheAnswerIs431InTheEnvelope() {
        RawHttp.Answer answer = RawHttp.send(api.baseUrl(), "GET /api/v1/storage/shares HTTP/1.1\r\nAuthorization: Bearer "
                + alice + "\r\nX-Padding: " + "p".repeat(20_000), null);
        JsonNode error = assertEnvelope(answer.status(), answer.body(), 431);
        assertThat(error.get("code").asText()).isEqualTo("HEADERS_TOO_LARGE");
    }
}
