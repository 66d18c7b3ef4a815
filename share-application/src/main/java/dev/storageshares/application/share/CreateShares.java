package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareRepository;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Shares several directories of one container in one request. The source and the batch's shape are
 * judged once, for the whole batch; then every item is judged exactly like a single create, in order.
 * A dry run stores nothing; an atomic batch stores all of its items or none.
 */
public final class CreateShares {
    public static final int MAX_ITEMS = 100;

    private final ContainerAccess access;
    private final NewShareRules rules;
    private final ShareRepository shares;
    private final ShareBatches batches;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;
    private final CommandValidator validator;

    public CreateShares(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares, ShareBatches batches,
                        ReconcileRequests reconcile, Clock clock, CommandValidator validator) {
        this.access = new ContainerAccess(catalog, policy);
        this.rules = new NewShareRules(catalog, policy, validator);
        this.validator = validator;
        this.shares = shares;
        this.batches = batches;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    /**
     * @param shares     null when the body had none; the items are judged one by one, so a bad item
     *                   fails alone rather than the whole batch
     * @param edgeErrors what the transport found wrong with the batch itself (not with its items)
     */
    public record Command(Caller caller, String sourceContainerId,
                          @NotNull(message = "is required")
                          @Size(min = 1, max = MAX_ITEMS, message = "must hold 1 to " + MAX_ITEMS + " shares")
                          List<NewShareInput> shares, boolean dryRun, boolean atomic, List<FieldError> edgeErrors) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            shares = shares == null ? null : List.copyOf(shares);
            edgeErrors = List.copyOf(edgeErrors);
        }
    }

    public enum Status { SUCCESS, MIXED, ABORTED }

    /**
     * One item's outcome: the share (as stored, or as it would be in a dry run) or why not. An item
     * that would have worked in an aborted atomic batch has neither, and is {@code aborted}.
     */
    public record ItemResult(int index, Share share, ShareException error) {
        public boolean aborted() {
            return share == null && error == null;
        }
    }

    public record Result(Status status, boolean dryRun, List<ItemResult> items) {
        public Result {
            items = List.copyOf(items);
        }
    }

    public Result handle(Command command) {
        Instant now = clock.instant();
        Container source = access.writable(command.caller(), command.sourceContainerId());
        validator.check(command, command.edgeErrors());
        List<Share> judged = new ArrayList<>();
        List<ShareException> errors = new ArrayList<>();
        Set<List<String>> claimed = new HashSet<>();
        for (NewShareInput item : command.shares()) {
            try {
                Share share = rules.judge(command.caller(), source, item, now);
                if (command.dryRun() || command.atomic()) {
                    // Nothing is stored while judging, so repeats and existing shares are looked for here.
                    if (!claimed.add(key(share)) || batches.exists(share)) {
                        throw ShareException.alreadyExists();
                    }
                } else {
                    shares.insert(share, NewShareRules.created(share, command.caller(), now));
                }
                judged.add(share);
                errors.add(null);
            } catch (ShareException e) {
                if (e.code() == ErrorCode.SERVICE_UNAVAILABLE) {
                    throw e;
                }
                judged.add(null);
                errors.add(e);
            }
        }
        boolean allPassed = errors.stream().allMatch(Objects::isNull);
        if (command.atomic() && allPassed && !command.dryRun()) {
            Optional<ShareBatches.Refusal> refusal = batches.insertAll(judged,
                    judged.stream().map(share -> NewShareRules.created(share, command.caller(), now)).toList());
            if (refusal.isPresent()) {
                errors.set(refusal.get().index(), refusal.get().reason());
                allPassed = false;
            }
        }
        boolean aborted = command.atomic() && !allPassed;
        if (!command.dryRun() && !aborted) {
            reconcile.reconcile(reach.containersReachedBy(judged.stream().filter(Objects::nonNull)
                    .filter(NewShareRules::mountsAtOnce).toList()));
        }
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            Share share = aborted ? null : judged.get(i);
            results.add(new ItemResult(i, errors.get(i) == null ? share : null, errors.get(i)));
        }
        Status status = allPassed ? Status.SUCCESS : aborted ? Status.ABORTED : Status.MIXED;
        return new Result(status, command.dryRun(), results);
    }

    private static List<String> key(Share share) {
        return List.of(share.sourceContainer().value(), share.sourcePath().value(), share.target().type().wireName(),
                share.target().id());
    }
}
