package dev.storageshares.adapter.rest;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Signs HS256 tokens the server accepts: for the CLI's `token` command, the start-up token and tests. */
public final class TokenIssuer {
    private final Algorithm algorithm;
    private final Clock clock;

    public TokenIssuer(byte[] secret) {
        this(secret, Clock.systemUTC());
    }

    TokenIssuer(byte[] secret, Clock clock) {
        this.algorithm = Algorithm.HMAC256(secret);
        this.clock = clock;
    }

    public String issue(String subject, Set<String> roles, Duration ttl) {
        Instant now = clock.instant();
        return JWT.create()
                .withSubject(subject)
                .withClaim("roles", List.copyOf(roles))
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .sign(algorithm);
    }
}
