package dev.storageshares.adapter.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storageshares.application.event.EventDocument;
import dev.storageshares.domain.share.EventPublisher;
import dev.storageshares.domain.share.ShareEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers events as signed JSON POSTs. The body is the event as the history endpoint shows it;
 * {@code X-Storage-Shares-Signature: sha256=<hex HMAC-SHA256 of the body>} proves it came from us,
 * and {@code X-Storage-Shares-Event-Id} (also the body's {@code id}) lets receivers drop repeats —
 * delivery is at least once. Anything but a 2xx answer is a failed attempt, retried by the relay.
 */
public final class WebhookPublisher implements EventPublisher {
    public static final String SIGNATURE_HEADER = "X-Storage-Shares-Signature";
    public static final String EVENT_ID_HEADER = "X-Storage-Shares-Event-Id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookPublisher(URI url, byte[] secret) {
        this.url = url;
        this.secret = secret.clone();
    }

    @Override
    public void publish(ShareEvent event) {
        byte[] body = body(event);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
                .header(EVENT_ID_HEADER, event.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("webhook unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
        }
    }

    /** The hex HMAC-SHA256 receivers recompute to check a delivery. */
    public static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] body(ShareEvent event) {
        try {
            return JSON.writeValueAsString(EventDocument.of(event)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event is not serialisable: " + event, e);
        }
    }
}
