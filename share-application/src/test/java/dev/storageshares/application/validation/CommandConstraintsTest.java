package dev.storageshares.application.validation;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ADMIN;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.START;
import static dev.storageshares.application.support.World.toContainer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.request.DecideShareRequest;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.CreateShares;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.share.SharePatchInput;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.application.support.Validators;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Share;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandConstraintsTest {
    private final World world = new World();
    private final Validator validator = Validators.factory().getValidator();

    private static NewShareInput input(String path, String alias, Long expiresAt) {
        return new NewShareInput(path, "web-2", null, "readonly", alias, null, null, null, expiresAt, List.of());
    }

    @Test
    void everyIncomingCommandCarriesConstraintsAnEmbedderCanValidate() {
        for (Class<?> command : List.of(NewShareInput.class, CreateShareCommand.class, CreateShares.Command.class,
                SharePatchInput.class, UpdateShare.Command.class, ToggleMount.Command.class,
                DecideShareRequest.Command.class, ProjectInput.class, ProjectInput.MemberInput.class,
                SaveProject.Command.class, SaveContainer.Command.class)) {
            assertThat(validator.getConstraintsForClass(command).isBeanConstrained()).as(command.getSimpleName()).isTrue();
        }
    }

    @Test
    void anEmbedderValidatingAnInputHearsTheDomainsOwnMessagesLiterally() {
        Set<ConstraintViolation<NewShareInput>> violations = validator.validate(
                new NewShareInput("/proc/1", null, null, "rw", "NO", null, null, null, null, List.of()));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
                .containsExactlyInAnyOrder(
                        "sourcePath: source_path must not be under the system path /proc",
                        "mode: must be readonly or readwrite",
                        "alias: must match ^[a-z0-9_-]{3,63}$",
                        "targetContainerId: exactly one of target_container_id and target_project_id is required");
    }

    @Test
    void aBadPathIsListedWithTheOtherBadFieldsAndIsInvalidPathOnlyWhenAlone() {
        ShareException both = failsWith(ErrorCode.VALIDATION_ERROR,
                () -> world.share(ALICE, "web-1", input("/proc/1", "NO", null)));
        ShareException alone = failsWith(ErrorCode.INVALID_PATH,
                () -> world.share(ALICE, "web-1", input("/proc/1", "ok-alias", null)));

        assertThat(both.fieldErrors()).containsExactly(new FieldError("alias", "must match ^[a-z0-9_-]{3,63}$"),
                new FieldError("source_path", "source_path must not be under the system path /proc"));
        assertThat(alone.getMessage()).isEqualTo("source_path must not be under the system path /proc");
    }

    @Test
    void anExpiryIsJudgedByTheUseCasesClockNotTheValidatorsOwn() {
        // The world's clock stands in January 2025, long before the machine's.
        Share share = world.share(ALICE, "web-1", input("/later", null, START.getEpochSecond() + 60));
        ShareException past = failsWith(ErrorCode.VALIDATION_ERROR,
                () -> world.share(ALICE, "web-1", input("/earlier", null, START.getEpochSecond())));

        assertThat(share.expiresAt()).isPresent();
        assertThat(past.fieldErrors()).containsExactly(
                new FieldError("expires_at", "must be a Unix time in seconds in the future"));
    }

    @Test
    void anUpdatesFieldsAreNamedAsOnTheWireAndOnlyASetValueIsJudged() {
        Share share = world.share(ALICE, "web-1", toContainer("/data", "web-2"));
        SharePatchInput patch = new SharePatchInput(Change.clear(), Change.set("NO"), Change.clear(), Change.keep(),
                Change.keep(), Change.set(1L), List.of());

        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.updateShare().handle(
                new UpdateShare.Command(ALICE, "web-1", share.id().value(), patch)));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("alias", "expires_at", "mode");
    }

    @Test
    void aMembersBadFieldsAreNamedByItsPlaceInTheList() {
        ProjectInput input = new ProjectInput("r1", "Team", List.of(new ProjectInput.MemberInput("ann", "owner"),
                new ProjectInput.MemberInput(null, "boss")), List.of());

        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR,
                () -> world.app.saveProject().handle(new SaveProject.Command(ADMIN, "p9", input)));

        assertThat(e.fieldErrors()).containsExactly(
                new FieldError("members[1].role", "must be one of owner, admin, member, viewer"),
                new FieldError("members[1].user_id", "is required"));
    }

    @Test
    void whatTheTransportCouldNotReadComesFirstAndIsNotReportedTwice() {
        NewShareInput unreadable = new NewShareInput(null, "web-2", null, null, null, null, null, null, null,
                List.of(new FieldError("source_path", "must be a string")));

        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.share(ALICE, "web-1", unreadable));

        assertThat(e.fieldErrors()).containsExactly(new FieldError("source_path", "must be a string"),
                new FieldError("mode", "is required"));
    }
}
