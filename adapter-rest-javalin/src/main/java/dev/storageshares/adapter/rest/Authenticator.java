package dev.storageshares.adapter.rest;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Bearer HS256 tokens as docs/api.md §7 wants them. The verifier is pinned to HS256, so "none" and every
 * other algorithm fail verification instead of being trusted.
 *
 * <p>A platform sends the same token with every request, and checking its signature and claims cost
 * more than the rest of a small request. So a token that verified is remembered, by its exact text,
 * until it expires (leeway included) and for ten minutes at most; a remembered token yields the
 * same caller its verification did. Only tokens that verified are remembered, a bounded number of them.
 */
final class Authenticator {
    private static final long LEEWAY_SECONDS = 30;
    private static final Duration REMEMBERED_AT_MOST = Duration.ofMinutes(10);
    private static final int REMEMBERED_TOKENS = 4_096;

    private final JWTVerifier verifier;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    private record Verified(Caller caller, Instant until) {
    }

    Authenticator(byte[] secret) {
        this(secret, Clock.systemUTC());
    }

    Authenticator(byte[] secret, Clock clock) {
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(secret)).acceptLeeway(LEEWAY_SECONDS))
                .build(clock);
        this.clock = clock;
        // The cache's own expiry only frees memory; whether a remembered token still counts is
        // decided against the clock below, so a late eviction can never stretch a token's life.
        this.verified = Caffeine.newBuilder()
                .maximumSize(REMEMBERED_TOKENS)
                .expireAfter(Expiry.<String, Verified>creating((token, entry) -> Duration.between(clock.instant(), entry.until())))
                .build();
    }

    Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.missingToken();
        }
        String token = authorization.substring(7).trim();
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null && now.isBefore(known.until())) {
            return known.caller();
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            throw ApiError.invalidToken();
        }
        Caller caller = caller(jwt);
        verified.put(token, new Verified(caller, until(jwt, now)));
        return caller;
    }

    private static Instant until(DecodedJWT jwt, Instant now) {
        Instant longest = now.plus(REMEMBERED_AT_MOST);
        Instant expires = jwt.getExpiresAtAsInstant();
        if (expires == null) {
            return longest;
        }
        Instant refusedFrom = expires.plusSeconds(LEEWAY_SECONDS);
        return refusedFrom.isBefore(longest) ? refusedFrom : longest;
    }

    private static Caller caller(DecodedJWT jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ApiError.invalidToken();
        }
        try {
            return new Caller(new UserId(subject), roles(jwt.getClaim("roles")));
        } catch (ShareException badSubject) {
            throw ApiError.invalidToken();
        }
    }

    private static Set<String> roles(Claim claim) {
        if (claim.isMissing() || claim.isNull()) {
            return Set.of();
        }
        List<String> roles;
        try {
            roles = claim.asList(String.class);
        } catch (RuntimeException e) {
            throw ApiError.invalidToken();
        }
        if (roles == null || roles.contains(null)) {
            throw ApiError.invalidToken();
        }
        return Set.copyOf(roles);
    }
}
