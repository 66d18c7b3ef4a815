package dev.storageshares.domain.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ShareException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsThroughItsOpaqueForm() {
        Cursor cursor = new Cursor(Instant.parse("2025-01-15T10:30:00.123Z"), "507f1f77bcf86cd799439011");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "bm9jb2xvbg", "MTIzOg", "YWJjOmRlZg"})
    void rejectsTokensItDidNotHandOut(String token) {
        assertThatThrownBy(() -> Cursor.decode(token)).isInstanceOf(ShareException.class);
    }

    /** Long.MAX_VALUE, -1, the first millisecond after year 9999, Long.MIN_VALUE: a store cannot hold them. */
    @ParameterizedTest
    @ValueSource(strings = {"OTIyMzM3MjAzNjg1NDc3NTgwNzp4", "LTE6YWJj", "MjUzNDAyMzAwODAwMDAwOmFiYw",
            "LTkyMjMzNzIwMzY4NTQ3NzU4MDg6eA"})
    void givenATimestampNoStoreCanHoldThenTheCursorIsRejected(String token) {
        assertThatThrownBy(() -> Cursor.decode(token)).isInstanceOf(ShareException.class);
    }

    @Test
    void theLastMillisecondOfYear9999IsStillACursor() {
        Cursor latest = new Cursor(Instant.parse("9999-12-31T23:59:59.999Z"), "x");
        assertThat(Cursor.decode(latest.encode())).isEqualTo(latest);
    }

    @Test
    void pageLimitsAreOneToFiveHundred() {
        assertThat(PageRequest.first(500).limit()).isEqualTo(500);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(ShareException.class);
        assertThatThrownBy(() -> PageRequest.first(501)).isInstanceOf(ShareException.class);
    }
}
