package dev.storageshares.domain.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "prod-data_1", "a23456789012345678901234567890123456789012345678901234567890123"})
    void acceptsAliasesOfTheAllowedShape(String alias) {
        assertThat(new Alias(alias).value()).isEqualTo(alias);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Prod", "has space", "dots.not.ok", "a234567890123456789012345678901234567890123456789012345678901234"})
    void rejectsAliasesOfAnyOtherShape(String alias) {
        assertThatThrownBy(() -> new Alias(alias)).isInstanceOf(ShareException.class).hasMessage("Validation failed");
    }

    @Test
    void labelsAreThreeToSixtyThreeCharacters() {
        assertThat(new Label("Production data").value()).isEqualTo("Production data");
        assertThatThrownBy(() -> new Label("ab")).isInstanceOf(ShareException.class);
        assertThatThrownBy(() -> new Label("x".repeat(64))).isInstanceOf(ShareException.class);
    }

    @Test
    void descriptionsAreAtMostAThousandCharacters() {
        assertThat(new Description("x".repeat(1000)).value()).hasSize(1000);
        assertThatThrownBy(() -> new Description("x".repeat(1001))).isInstanceOf(ShareException.class);
    }

    @Test
    void modesAreReadonlyOrReadwrite() {
        assertThat(Mode.fromWire("readonly")).isEqualTo(Mode.READONLY);
        assertThat(Mode.fromWire("readwrite")).isEqualTo(Mode.READWRITE);
        assertThatThrownBy(() -> Mode.fromWire("READONLY")).isInstanceOf(ShareException.class);
    }

    @Test
    void aTargetIsExactlyOneOfContainerOrProject() {
        assertThat(ShareTarget.of(new ContainerId("c"), null).type()).isEqualTo(TargetType.CONTAINER);
        assertThat(ShareTarget.of(null, new ProjectId("p")).type()).isEqualTo(TargetType.PROJECT);
        assertThatThrownBy(() -> ShareTarget.of(null, null)).isInstanceOf(ShareException.class);
        assertThatThrownBy(() -> ShareTarget.of(new ContainerId("c"), new ProjectId("p"))).isInstanceOf(ShareException.class);
    }

    @Test
    void catalogIdsAreOneToOneHundredTwentyEightSafeCharacters() {
        assertThat(ContainerId.parse("web-1.prod_A")).isPresent();
        assertThat(ContainerId.parse("x".repeat(129))).isEmpty();
        assertThat(ContainerId.parse("a/b")).isEmpty();
        assertThat(ContainerId.parse("")).isEmpty();
    }
}
