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

    @Test
    void pageLimitsAreOneToFiveHundred() {
        assertThat(PageRequest.first(500).limit()).isEqualTo(500);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(ShareException.class);
        assertThatThrownBy(() -> PageRequest.first(501)).isInstanceOf(ShareException.class);
    }
}
