package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;

/** The catalog is the platform's to tell, so only admin tokens may change or read it here. */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(Caller caller) {
        if (!caller.isAdmin()) {
            throw ShareException.forbidden();
        }
    }
}
