package dev.storageshares.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

public final class Errors {

    private Errors() {
    }

    /** Asserts the call fails with this code and returns the exception for further checks. */
    public static ShareException failsWith(ErrorCode code, ThrowingCallable call) {
        ShareException e = catchThrowableOfType(ShareException.class, call);
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        return e;
    }
}
