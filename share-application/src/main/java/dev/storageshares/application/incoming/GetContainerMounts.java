package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountPlan;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.IncomingView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A container's mount configuration: its plan, computed fresh (so expiry and switches show at once),
 * with the state the driver last reported; a mount the driver has not handled yet is pending.
 */
public final class GetContainerMounts {
    private final Receivers receivers;
    private final AccessPolicy policy;
    private final Clock clock;

    public GetContainerMounts(Receivers receivers, AccessPolicy policy, Clock clock) {
        this.receivers = receivers;
        this.policy = policy;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId) {
    }

    public List<ContainerMount> handle(Command command) {
        Instant now = clock.instant();
        Receiver receiver = ReadableReceiver.of(receivers, policy, command.caller(), command.containerId(), now);
        return MountPlan.of(IncomingView.of(receiver.container(), receiver.candidates(), now), receiver.switches())
                .stream()
                .map(share -> new ContainerMount(share,
                        receiver.reported().getOrDefault(share.id(), MountOutcome.pending())))
                .toList();
    }
}
