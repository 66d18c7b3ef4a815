package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the stores' restatements of two rules to the originals. The global lists are answered by
 * the store in its own language for speed: the read rule ({@link AccessPolicy#canRead}) is restated
 * by the in-memory store and by SQL ({@code READABLE_BY_USER}), and what a container receives
 * ({@link IncomingView}: no self-shares, no expired shares, a direct share hiding a project share of
 * the same storage) by SQL ({@code REACHES_V}). Each case here computes the expected list from the
 * originals and demands the store's answer be the same, for every kind of reader.
 */
public abstract class GlobalListRulesContract extends StorageContract {
    private static final Instant NOW = T0.plusSeconds(100);

    private final AccessPolicy policy = new AccessPolicy();
    private final List<Share> stored = new ArrayList<>();

    /** Every kind of reader: admin, owner without membership, project owner, viewer, member elsewhere, stranger. */
    private static final List<Caller> READERS = List.of(Caller.admin("root"), Caller.user("carol"),
            Caller.user("alice"), Caller.user("vic"), Caller.user("bob"), Caller.user("nobody"));

    @Test
    void givenADirectShareToEveryContainerACallerReadsWhenTheGlobalIncomingListIsReadThenTheProjectShareIsHidden() {
        Share project = kept(toProject("d1", "/data", "p1", T0));
        Share toC2 = kept(direct("d1", "/data", "c2", T0.plusSeconds(1)));
        Share toC3 = kept(direct("d1", "/data", "c3", T0.plusSeconds(2)));

        assertThat(incoming(Caller.user("carol"))).as("carol reads c2 and c3, both hide it")
                .containsExactly(toC3, toC2);
        assertThat(incoming(Caller.user("alice"))).as("alice also reads c1, which still receives it")
                .containsExactly(toC3, toC2, project);
        assertEveryReaderSeesWhatTheRulesSay();
    }

    @Test
    void givenTheHidingDirectShareExpiredWhenTheIncomingListsAreReadThenTheProjectShareIsBack() {
        Share project = kept(toProject("d1", "/data", "p1", T0));
        Share expired = kept(share("d1", "/data", ShareTarget.of(new ContainerId("c2"), null), NOW, T0.plusSeconds(1)));
        Share toC3 = kept(direct("d1", "/data", "c3", T0.plusSeconds(2)));

        assertThat(incoming(Caller.user("carol"))).containsExactly(toC3, project).doesNotContain(expired);
        assertThat(IncomingView.of(container("c2"), store.queries().incomingCandidates(container("c2"), NOW), NOW))
                .containsExactly(project);
        assertEveryReaderSeesWhatTheRulesSay();
    }

    @Test
    void givenSharesOfEveryKindWhenEachKindOfReaderListsThenTheStoreAgreesWithTheAccessPolicyAndTheIncomingView() {
        project("p3", "r1", member("carol", ProjectRole.VIEWER), member("bob", ProjectRole.MEMBER));
        container("e1", "r1", "p3", "erin");
        kept(toProject("d1", "/data", "p1", T0));
        kept(direct("d1", "/data", "c1", T0.plusSeconds(1)));
        kept(share("d1", "/data", ShareTarget.of(new ContainerId("c2"), null), NOW, T0.plusSeconds(2)));
        kept(toProject("c1", "/own", "p1", T0.plusSeconds(3)));
        kept(toProject("c1", "/out", "p3", T0.plusSeconds(4)));
        kept(direct("e1", "/e", "d1", T0.plusSeconds(5)));
        kept(direct("c3", "/c", "e1", T0.plusSeconds(6)));
        kept(toProject("f1", "/far", "x1", T0.plusSeconds(7)));

        assertEveryReaderSeesWhatTheRulesSay();
    }

    private void assertEveryReaderSeesWhatTheRulesSay() {
        for (Caller reader : READERS) {
            assertThat(incoming(reader)).as("global incoming list of %s", reader.user()).containsExactlyElementsOf(
                    readableContainers(reader).stream()
                            .flatMap(receiver -> IncomingView.of(receiver, stored, NOW).stream())
                            .distinct().sorted(IncomingView.NEWEST_FIRST).toList());
            Set<ContainerId> readable = new LinkedHashSet<>(readableContainers(reader).stream().map(Container::id).toList());
            assertThat(store.queries().listVisible(reader.visibility(), ShareFilter.none(NOW), PageRequest.first(500)).items())
                    .as("global outgoing list of %s", reader.user()).containsExactlyElementsOf(stored.stream()
                            .filter(share -> readable.contains(share.sourceContainer()) && !share.isExpiredAt(NOW))
                            .sorted(IncomingView.NEWEST_FIRST).toList());
        }
    }

    private List<Share> incoming(Caller reader) {
        Page<Share> page = store.queries().listIncomingVisible(reader.visibility(), null, null, NOW, PageRequest.first(500));
        return page.items();
    }

    /** The containers {@link AccessPolicy} lets {@code reader} read: the original of the rule. */
    private List<Container> readableContainers(Caller reader) {
        return store.catalog().containersAfter(null, 500).stream()
                .filter(container -> {
                    Project project = store.catalog().findProject(container.project()).orElseThrow();
                    return policy.canRead(reader, container, project);
                })
                .toList();
    }

    private Share kept(Share share) {
        stored.add(stored(share));
        return share;
    }
}
