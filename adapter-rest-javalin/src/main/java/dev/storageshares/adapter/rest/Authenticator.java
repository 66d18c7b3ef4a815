package dev.storageshares.adapter.rest;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.UserId;
import java.util.List;
import java.util.Set;

/**
 * Bearer HS256 tokens as docs/api.md §7 wants them. The verifier is pinned to HS256, so "none" and every
 * other algorithm fail verification instead of being trusted.
 */
final class Authenticator {
    private static final long LEEWAY_SECONDS = 30;

    private final JWTVerifier verifier;

    Authenticator(byte[] secret) {
        this.verifier = JWT.require(Algorithm.HMAC256(secret)).acceptLeeway(LEEWAY_SECONDS).build();
    }

    Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.missingToken();
        }
        String token = authorization.substring(7).trim();
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            throw ApiError.invalidToken();
        }
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
