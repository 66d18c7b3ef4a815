package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.IncomingView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What one container receives, with its own switch for each share. */
public final class ListIncomingShares {
    private final Receivers receivers;
    private final AccessPolicy policy;
    private final Clock clock;

    public ListIncomingShares(Receivers receivers, AccessPolicy policy, Clock clock) {
        this.receivers = receivers;
        this.policy = policy;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId) {
    }

    public List<IncomingShare> handle(Command command) {
        Instant now = clock.instant();
        Receiver receiver = ReadableReceiver.of(receivers, policy, command.caller(), command.containerId(), now);
        return IncomingView.of(receiver.container(), receiver.candidates(), now).stream()
                .map(share -> new IncomingShare(share, receiver.switches().getOrDefault(share.id(), true)))
                .toList();
    }
}
