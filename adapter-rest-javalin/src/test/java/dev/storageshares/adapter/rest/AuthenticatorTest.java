package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.support.MutableClock;
import dev.storageshares.domain.catalog.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Remembering verified tokens changes nothing a caller can observe: the same caller, the same expiry. */
class AuthenticatorTest {
    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final Authenticator authenticator = new Authenticator(SECRET, clock);

    @Test
    void givenAVerifiedTokenWhenPresentedAgainThenItYieldsTheSameCaller() {
        String token = new TokenIssuer(SECRET, clock).issue("alice", Set.of("admin"), Duration.ofMinutes(5));

        Caller first = authenticator.authenticate("Bearer " + token);
        Caller again = authenticator.authenticate("Bearer " + token);

        assertThat(again).isEqualTo(first).isEqualTo(new Caller(new UserId("alice"), Set.of("admin")));
    }

    @Test
    void givenARememberedTokenWhenItsExpiryAndLeewayHavePassedThenItIsRefused() {
        String token = new TokenIssuer(SECRET, clock).issue("alice", Set.of(), Duration.ofMinutes(5));
        authenticator.authenticate("Bearer " + token);

        clock.advance(Duration.ofMinutes(5).plusSeconds(29));
        assertThat(authenticator.authenticate("Bearer " + token).user().value()).isEqualTo("alice");
        clock.advance(Duration.ofSeconds(2));

        assertThat(refusal("Bearer " + token).code).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void givenALongLivedTokenWhenRememberedLongerThanTenMinutesThenItIsVerifiedAgainAndStillAccepted() {
        String token = new TokenIssuer(SECRET, clock).issue("alice", Set.of(), Duration.ofHours(2));
        authenticator.authenticate("Bearer " + token);

        clock.advance(Duration.ofMinutes(11));

        assertThat(authenticator.authenticate("Bearer " + token).user().value()).isEqualTo("alice");
    }

    @Test
    void givenARememberedTokenWhenOneOfItsCharactersChangesThenTheChangedOneIsRefused() {
        String token = new TokenIssuer(SECRET, clock).issue("alice", Set.of(), Duration.ofMinutes(5));
        authenticator.authenticate("Bearer " + token);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        assertThat(refusal("Bearer " + tampered).code).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void givenATokenSignedWithAnotherSecretWhenPresentedThenItIsRefusedEveryTime() {
        byte[] other = "another-secret-of-thirty-two-bytes-or-more".getBytes(StandardCharsets.UTF_8);
        String token = new TokenIssuer(other, clock).issue("mallory", Set.of("admin"), Duration.ofMinutes(5));

        assertThat(refusal("Bearer " + token).code).isEqualTo("INVALID_TOKEN");
        assertThat(refusal("Bearer " + token).code).isEqualTo("INVALID_TOKEN");
    }

    private ApiError refusal(String authorization) {
        return catchThrowableOfType(ApiError.class, () -> authenticator.authenticate(authorization));
    }
}
