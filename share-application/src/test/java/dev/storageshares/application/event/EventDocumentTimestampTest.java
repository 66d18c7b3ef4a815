package dev.storageshares.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The hand-written timestamp writes exactly what the pattern of the API says, for any instant. */
class EventDocumentTimestampTest {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Property(tries = 5000)
    void anyInstantIsWrittenAsThePatternWritesIt(
            @ForAll @LongRange(min = -62_200_000_000L, max = 253_500_000_000L) long second,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nano) {
        Instant instant = Instant.ofEpochSecond(second, nano);

        assertThat(EventDocument.timestamp(instant)).isEqualTo(PATTERN.format(instant));
    }

    @Example
    void givenAnInstantWithoutMillisWhenWrittenThenItStillHasThreeDigitsOfThem() {
        assertThat(EventDocument.timestamp(Instant.parse("2025-01-15T10:30:00Z"))).isEqualTo("2025-01-15T10:30:00.000Z");
    }
}
