package dev.storageshares.domain.share;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.ShareException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, an accepted path is safe and canonical. */
class SourcePathPropertiesTest {

    @Property(tries = 3000)
    void anAcceptedPathNeverContainsTraversalNorStartsUnderABlockedRoot(@ForAll("pathLike") String raw) {
        SourcePath path;
        try {
            path = SourcePath.of(raw);
        } catch (ShareException rejected) {
            return;
        }
        assertThat(path.value()).doesNotContain("..").doesNotContain("//").startsWith("/").isNotEqualTo("/");
        assertThat(path.value()).doesNotEndWith("/");
        for (String root : SourcePath.BLOCKED_ROOTS) {
            assertThat(path.isWithin(root)).as("%s under %s", path, root).isFalse();
        }
        assertThat(path.value().split("/")).doesNotContain(".");
    }

    @Property(tries = 1000)
    void canonicalisingTwiceChangesNothing(@ForAll("pathLike") String raw) {
        try {
            SourcePath once = SourcePath.of(raw);
            assertThat(SourcePath.of(once.value())).isEqualTo(once);
        } catch (ShareException rejected) {
            // only accepted paths have a canonical form
        }
    }

    /** Both properties above are vacuous if the generator stops producing paths the policy accepts. */
    @Example
    void theGeneratorStillProducesAcceptedPathsOftenEnough() {
        long accepted = pathLike().sampleStream().limit(2000).filter(SourcePathPropertiesTest::isAccepted).count();
        assertThat(accepted).as("accepted paths among 2000 samples").isGreaterThanOrEqualTo(200);
    }

    private static boolean isAccepted(String raw) {
        try {
            SourcePath.of(raw);
            return true;
        } catch (ShareException rejected) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> pathLike() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("proc", "sys", "dev", "boot", "run", "var", "data", "..", ".", "", "process", "a.b", "%2e"),
                Arbitraries.strings().withChars("abcXYZ019._-/ %\u00e4\u0000").ofMinLength(0).ofMaxLength(6));
        return segment.list().ofMinSize(0).ofMaxSize(6).map(parts -> "/" + String.join("/", parts));
    }
}
