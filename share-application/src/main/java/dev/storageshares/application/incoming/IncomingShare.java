package dev.storageshares.application.incoming;

import dev.storageshares.domain.share.Share;

/** A share as one receiving container sees it, with that container's accept/reject switch. */
public record IncomingShare(Share share, boolean mount) {
}
