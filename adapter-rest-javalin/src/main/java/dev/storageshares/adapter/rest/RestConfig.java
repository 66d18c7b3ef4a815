package dev.storageshares.adapter.rest;

import java.util.Objects;

/**
 * @param port                0 picks any free port; {@link RestServer#port()} says which
 * @param createRatePerMinute share creations per user per minute; 0 = unlimited
 */
public record RestConfig(String host, int port, byte[] jwtSecret, int createRatePerMinute) {
    public RestConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        if (jwtSecret.length < 32) {
            throw new IllegalArgumentException("the JWT secret must be at least 32 bytes");
        }
    }
}
