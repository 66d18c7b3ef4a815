package dev.storageshares.application.request;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ADMIN;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.incoming.GetContainerMounts;
import dev.storageshares.application.incoming.IncomingShare;
import dev.storageshares.application.incoming.ListAllIncomingShares;
import dev.storageshares.application.incoming.ListIncomingShares;
import dev.storageshares.application.request.DecideShareRequest.Verdict;
import dev.storageshares.application.share.CreateShares;
import dev.storageshares.application.share.DeleteShare;
import dev.storageshares.application.share.GetShareHistory;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.application.share.ListOutgoingShares;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.share.Decision;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Share requests across teams, on top of {@link World}: project "ops" of realm r1 accepts requests
 * (olga owner, adam admin, mel member, vera viewer) with o1 (oscar) and o2 (olga); project "farops"
 * of realm r2 accepts them too, with fo1.
 */
class ShareRequestsTest {
    private static final Caller OLGA = Caller.user("olga");
    private static final Caller ADAM = Caller.user("adam");
    private static final Caller MEL = Caller.user("mel");
    private static final Caller VERA = Caller.user("vera");
    private static final Caller OSCAR = Caller.user("oscar");

    private final World world = new World();

    ShareRequestsTest() {
        world.openProject("ops", "r1", "olga:owner", "adam:admin", "mel:member", "vera:viewer");
        world.container("o1", "r1", "ops", "oscar");
        world.container("o2", "r1", "ops", "olga");
        world.openProject("farops", "r2", "fay:owner");
        world.container("fo1", "r2", "farops", "fay");
        world.reconcile.takeRequested();
    }

    private Share decide(Caller caller, Share share, Verdict verdict, String reason) {
        return decide(caller, share.id().value(), verdict, reason);
    }

    private Share decide(Caller caller, String shareId, Verdict verdict, String reason) {
        return world.app.decideShareRequest().handle(new DecideShareRequest.Command(caller, shareId, verdict, reason,
                List.of()));
    }

    private List<Share> requestsFor(Caller caller) {
        return world.app.listShareRequests().handle(new ListShareRequests.Command(caller, ListFilters.none())).items();
    }

    private List<Share> incoming(Caller caller, String container, String status) {
        return world.app.listIncomingShares().handle(new ListIncomingShares.Command(caller, container, status)).stream()
                .map(IncomingShare::share).toList();
    }

    private List<Share> mounted(String container) {
        return world.app.getContainerMounts().handle(new GetContainerMounts.Command(ADMIN, container)).stream()
                .map(mount -> mount.share()).toList();
    }

    private List<EventType> history(Share share) {
        return world.app.getShareHistory().handle(new GetShareHistory.Command(ADMIN, share.sourceContainer().value(),
                share.id().value(), ListFilters.none())).items().stream().map(ShareEvent::type).toList();
    }

    @Test
    void givenATargetTheCallerCannotReadInAnOpenProject_whenSharing_thenTheShareWaitsForApprovalAndMountsNowhere() {
        Share share = world.share(ALICE, "web-1", toContainer("/data", "o1"));

        assertThat(share.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(share.statusMessage()).contains("Awaiting approval");
        assertThat(share.decision()).isEmpty();
        assertThat(world.reconcile.takeRequested()).isEmpty();
        assertThat(mounted("o1")).isEmpty();
        assertThat(history(share)).containsExactly(EventType.REQUESTED);
    }

    @Test
    void givenABatchItemForATargetOnlyARequestCanReach_whenCreating_thenItIsPendingLikeASingleCreate() {
        CreateShares.Result result = world.app.createShares().handle(new CreateShares.Command(ALICE, "web-1",
                List.of(toContainer("/data", "o1"), toContainer("/data", "web-2")), false, false, List.of()));

        Share request = result.items().get(0).share();
        assertThat(result.status()).isEqualTo(CreateShares.Status.SUCCESS);
        assertThat(request.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(history(request)).containsExactly(EventType.REQUESTED);
        assertThat(world.reconcile.takeRequested()).containsExactly("web-2");
    }

    @Test
    void aProjectTargetTheCallerIsNotMemberOfBecomesARequestWhenTheProjectIsOpen() {
        Share share = world.share(ALICE, "web-1", toProject("/data", "ops"));

        assertThat(share.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(world.reconcile.takeRequested()).isEmpty();
    }

    @Test
    void withoutTheOptInOrAcrossRealmsNothingChangesAndNothingLeaks() {
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "db-1")));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.share(ALICE, "web-1", toProject("/data", "p2")));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "fo1")));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.share(ALICE, "web-1", toProject("/data", "farops")));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "no-such")));
    }

    @Test
    void aCallerWhoCanReadTheTargetSharesOutrightAsBefore() {
        assertThat(world.share(OLGA, "o2", toContainer("/data", "o1")).status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(world.share(ADMIN, "web-1", toContainer("/data", "o1")).status()).isEqualTo(ShareStatus.ACTIVE);
    }

    @Test
    void theRequestsListShowsWhatEachCallerMayDecide() {
        Share direct = world.share(ALICE, "web-1", toContainer("/a", "o1"));
        Share project = world.share(ALICE, "web-1", toProject("/b", "ops"));
        world.share(ADMIN, "web-1", toContainer("/active", "o1"));

        assertThat(requestsFor(ADAM)).containsExactly(project, direct);
        assertThat(requestsFor(OLGA)).containsExactly(project, direct);
        assertThat(requestsFor(ADMIN)).containsExactly(project, direct);
        assertThat(requestsFor(MEL)).containsExactly(direct);
        assertThat(requestsFor(OSCAR)).containsExactly(direct);
        assertThat(requestsFor(VERA)).isEmpty();
        assertThat(requestsFor(ALICE)).isEmpty();
    }

    @Test
    void givenAnApproval_thenTheShareIsActiveRecordsItsDeciderAndIsMounted() {
        Share request = world.share(ALICE, "web-1", toContainer("/data", "o1"));
        world.clock.advance(Duration.ofSeconds(30));

        Share approved = decide(MEL, request, Verdict.APPROVE, "ignored");

        assertThat(approved.status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(approved.statusMessage()).isEmpty();
        assertThat(approved.decision()).contains(new Decision(new UserId("mel"), world.clock.instant(), null));
        assertThat(world.reconcile.takeRequested()).containsExactly("o1");
        assertThat(mounted("o1")).extracting(Share::id).containsExactly(request.id());
        assertThat(history(request)).containsExactly(EventType.APPROVED, EventType.REQUESTED);
        assertThat(requestsFor(MEL)).isEmpty();
    }

    @Test
    void givenARejection_thenTheReasonIsKeptAndTheCreatorStillSeesTheShareUntilTheyDeleteIt() {
        Share request = world.share(ALICE, "web-1", toProject("/data", "ops"));

        Share rejected = decide(ADAM, request, Verdict.REJECT, "use the backup bucket");

        assertThat(rejected.status()).isEqualTo(ShareStatus.REJECTED);
        assertThat(rejected.statusMessage()).contains("use the backup bucket");
        assertThat(rejected.decision().orElseThrow().reason()).isEqualTo("use the backup bucket");
        assertThat(mounted("o1")).isEmpty();
        assertThat(world.reconcile.takeRequested()).isEmpty();
        assertThat(world.app.listOutgoingShares().handle(new ListOutgoingShares.Command(ALICE, "web-1",
                new ListFilters(null, null, "rejected", null, null, null, null, null))).items()).containsExactly(rejected);
        assertThat(history(request)).containsExactly(EventType.REJECTED, EventType.REQUESTED);

        failsWith(ErrorCode.SHARE_ALREADY_EXISTS, () -> world.share(ALICE, "web-1", toProject("/data", "ops")));
        world.app.deleteShare().handle(new DeleteShare.Command(ALICE, request.id().value()));
        assertThat(world.share(ALICE, "web-1", toProject("/data", "ops")).status()).isEqualTo(ShareStatus.PENDING);
    }

    @Test
    void aRejectionWithoutAReasonSaysRejected() {
        Share request = world.share(ALICE, "web-1", toContainer("/data", "o1"));

        Share rejected = decide(OSCAR, request, Verdict.REJECT, "  ");

        assertThat(rejected.statusMessage()).contains("Rejected");
        assertThat(rejected.decision().orElseThrow().reason()).isNull();
    }

    @Test
    void aShareTheCallerMayNotDecideIsNotFoundExactlyLikeAnUnknownId() {
        Share direct = world.share(ALICE, "web-1", toContainer("/data", "o1"));
        Share project = world.share(ALICE, "web-1", toProject("/data", "ops"));

        for (Caller outsider : List.of(VERA, ALICE, Caller.user("eve"))) {
            ShareException e = failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> decide(outsider, direct, Verdict.APPROVE, null));
            assertThat(e.getMessage()).isEqualTo("Share not found");
        }
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> decide(MEL, project, Verdict.REJECT, null));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> decide(MEL, "0123456789abcdef01234567", Verdict.APPROVE, null));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> decide(MEL, "not-an-id", Verdict.APPROVE, null));
    }

    @Test
    void decidingAShareThatIsNotPendingIsAConflict() {
        Share request = world.share(ALICE, "web-1", toContainer("/data", "o1"));
        decide(OSCAR, request, Verdict.APPROVE, null);
        Share outright = world.share(ADMIN, "web-1", toContainer("/other", "o1"));

        ShareException e = failsWith(ErrorCode.SHARE_NOT_PENDING, () -> decide(OSCAR, request, Verdict.REJECT, null));
        failsWith(ErrorCode.SHARE_NOT_PENDING, () -> decide(OSCAR, outright, Verdict.APPROVE, null));

        assertThat(e.getMessage()).isEqualTo("Share request is not pending");
    }

    @Test
    void aBadBodyIsJudgedAfterAccessAndBeforeThePendingCheck() {
        Share request = world.share(ALICE, "web-1", toContainer("/data", "o1"));
        List<FieldError> bad = List.of(new FieldError("reason", "must be a string"));

        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.decideShareRequest().handle(
                new DecideShareRequest.Command(VERA, request.id().value(), Verdict.REJECT, null, bad)));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.decideShareRequest().handle(
                new DecideShareRequest.Command(OSCAR, request.id().value(), Verdict.REJECT, null, bad)));
        ShareException tooLong = failsWith(ErrorCode.VALIDATION_ERROR,
                () -> decide(OSCAR, request, Verdict.REJECT, "x".repeat(501)));
        assertThat(tooLong.fieldErrors()).extracting(FieldError::field).containsExactly("reason");
        assertThat(decide(OSCAR, request, Verdict.REJECT, "x".repeat(500)).status()).isEqualTo(ShareStatus.REJECTED);
    }

    @Test
    void anExpiredRequestCanNoLongerBeDecidedNorIsItListed() {
        Share request = world.share(ALICE, "web-1", new NewShareInput("/data", "o1", null, "readonly", null, null,
                null, null, world.clock.instant().getEpochSecond() + 60, List.of()));
        world.clock.advance(Duration.ofSeconds(61));

        assertThat(requestsFor(OSCAR)).isEmpty();
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> decide(OSCAR, request, Verdict.APPROVE, null));
    }

    @Test
    void incomingListsShowRequestsHideRejectionsAndFilterByStatus() {
        Share pending = world.share(ALICE, "web-1", toContainer("/p", "o1"));
        Share rejected = decide(OSCAR, world.share(ALICE, "web-1", toContainer("/r", "o1")), Verdict.REJECT, null);
        Share active = world.share(ADMIN, "web-1", toContainer("/a", "o1"));

        assertThat(incoming(OSCAR, "o1", null)).containsExactly(active, pending);
        assertThat(incoming(OSCAR, "o1", "rejected")).containsExactly(rejected);
        assertThat(incoming(OSCAR, "o1", "pending")).containsExactly(pending);
        failsWith(ErrorCode.VALIDATION_ERROR, () -> incoming(OSCAR, "o1", "broken"));
        assertThat(world.app.listAllIncomingShares().handle(new ListAllIncomingShares.Command(OSCAR,
                new ListFilters(null, null, "rejected", null, null, null, null, null))).items()).containsExactly(rejected);
        assertThat(world.app.listAllIncomingShares().handle(new ListAllIncomingShares.Command(OSCAR,
                ListFilters.none())).items()).containsExactly(active, pending);
    }

    @Test
    void aPendingShareNeitherHidesNorIsHiddenUntilApproved() {
        Share projectShare = world.share(ADMIN, "web-1", toProject("/x", "ops"));
        Share pendingDirect = world.share(ALICE, "web-1", toContainer("/x", "o1"));

        assertThat(incoming(OSCAR, "o1", null)).containsExactly(pendingDirect, projectShare);
        assertThat(mounted("o1")).containsExactly(projectShare);

        decide(OSCAR, pendingDirect, Verdict.APPROVE, null);
        assertThat(incoming(OSCAR, "o1", null)).extracting(Share::id).containsExactly(pendingDirect.id());
        assertThat(mounted("o1")).extracting(Share::id).containsExactly(pendingDirect.id());
    }
}
