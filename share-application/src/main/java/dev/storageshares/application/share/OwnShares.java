package dev.storageshares.application.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;

/** Finds a share through its source container, as the creator-side paths address it. */
final class OwnShares {
    static final String NOT_FOUND = "Storage share not found";

    private OwnShares() {
    }

    static Share find(ShareRepository shares, Container source, String shareId) {
        return ShareId.parse(shareId)
                .flatMap(shares::findById)
                .filter(share -> share.sourceContainer().equals(source.id()))
                .orElseThrow(() -> ShareException.notFound(NOT_FOUND));
    }
}
