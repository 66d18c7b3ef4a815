package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.ShareStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What one container receives, with its own switch for each share; rejected requests on demand. */
public final class ListIncomingShares {
    private final Receivers receivers;
    private final AccessPolicy policy;
    private final Clock clock;

    public ListIncomingShares(Receivers receivers, AccessPolicy policy, Clock clock) {
        this.receivers = receivers;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param status the only status to list, as sent; null for every status but rejected */
    public record Command(Caller caller, String containerId, String status) {
        public Command(Caller caller, String containerId) {
            this(caller, containerId, null);
        }
    }

    public List<IncomingShare> handle(Command command) {
        Instant now = clock.instant();
        Receiver receiver = ReadableReceiver.of(receivers, policy, command.caller(), command.containerId(), now);
        ShareStatus status = command.status() == null ? null : ShareStatus.fromWire(command.status());
        return IncomingView.of(receiver.container(), receiver.candidates(), now).stream()
                .filter(IncomingView.listing(status))
                .map(share -> new IncomingShare(share, receiver.switches().getOrDefault(share.id(), true)))
                .toList();
    }
}
