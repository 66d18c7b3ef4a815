package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.share.Alias;
import dev.storageshares.domain.share.Decision;
import dev.storageshares.domain.share.Description;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.SourcePath;

/** Translates between rows and the aggregate; rows never leave this package. */
final class ShareRows {

    private ShareRows() {
    }

    static Share toShare(ShareRow row) {
        ShareTarget target = ShareTarget.of(
                row.targetContainerId() == null ? null : new ContainerId(row.targetContainerId()),
                row.targetProjectId() == null ? null : new ProjectId(row.targetProjectId()));
        return Share.reconstitute(new ShareId(row.id()), new ContainerId(row.sourceContainerId()),
                SourcePath.of(row.sourcePath()), target, Mode.fromWire(row.mode()),
                row.alias() == null ? null : new Alias(row.alias()),
                row.label() == null ? null : new Label(row.label()),
                row.description() == null ? null : new Description(row.description()),
                row.enabled(), ShareStatus.fromWire(row.status()), row.statusMessage(),
                row.expiresAt() == null ? null : new ExpiresAt(row.expiresAt()), row.expiryNotified(),
                new UserId(row.createdBy()), row.createdAt(), row.updatedAt(), row.version(),
                row.decidedAt() == null ? null
                        : new Decision(new UserId(row.decidedBy()), row.decidedAt(), row.decisionReason()));
    }

    static ShareRow toRow(Share share) {
        return new ShareRow(share.id().value(), share.sourceContainer().value(), share.sourcePath().value(),
                share.target().type().wireName(),
                share.target() instanceof ShareTarget.ToContainer ? share.target().id() : null,
                share.target() instanceof ShareTarget.ToProject ? share.target().id() : null,
                share.mode().wireName(), share.alias().map(Alias::value).orElse(null),
                share.label().map(Label::value).orElse(null), share.description().map(Description::value).orElse(null),
                share.enabled(), share.status().wireName(), share.statusMessage().orElse(null),
                share.expiresAt().map(ExpiresAt::at).orElse(null), share.expiryNotified(), share.createdBy().value(),
                share.createdAt(), share.updatedAt(), share.version(),
                share.decision().map(decision -> decision.by().value()).orElse(null),
                share.decision().map(Decision::at).orElse(null), share.decision().map(Decision::reason).orElse(null));
    }
}
