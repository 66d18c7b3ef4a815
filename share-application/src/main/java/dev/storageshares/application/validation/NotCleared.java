package dev.storageshares.application.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.ShareUpdate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A field an update may keep or set but not clear ({@code ShareUpdate}'s rule). */
@Documented
@Constraint(validatedBy = NotCleared.Rule.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NotCleared {
    /** Replaced by the domain's own message when the rule is broken. */
    String message() default "is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<NotCleared, Change<?>> {
        @Override
        public boolean isValid(Change<?> value, ConstraintValidatorContext context) {
            return DomainRule.holds(context, () -> ShareUpdate.requireNotCleared(value, "field"));
        }
    }
}
