package dev.storageshares.application.share;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.storageshares.domain.FieldError;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A new share names exactly one target: a container or a project. A target field the transport
 * already refused (not a string) is not counted as missing as well.
 */
@Documented
@Constraint(validatedBy = OneTarget.Rule.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneTarget {
    String message() default "exactly one of target_container_id and target_project_id is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<OneTarget, NewShareInput> {
        private static final Set<String> TARGETS = Set.of("target_container_id", "target_project_id");

        @Override
        public boolean isValid(NewShareInput input, ConstraintValidatorContext context) {
            if (input == null || (input.targetContainerId() == null) != (input.targetProjectId() == null)
                    || input.edgeErrors().stream().map(FieldError::field).anyMatch(TARGETS::contains)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("targetContainerId").addConstraintViolation();
            return false;
        }
    }
}
