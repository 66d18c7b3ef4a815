package dev.storageshares.application.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An expiry in Unix seconds in the future of the validator's clock ({@code ExpiresAt}); the use cases
 * hand their own clock to the validator, so "now" is theirs. Null is valid.
 */
@Documented
@Constraint(validatedBy = FutureExpiry.Rule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface FutureExpiry {
    /** Replaced by the domain's own message when the rule is broken. */
    String message() default "is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<FutureExpiry, Long> {
        @Override
        public boolean isValid(Long value, ConstraintValidatorContext context) {
            return value == null || DomainRule.holds(context, () -> dev.storageshares.domain.share.ExpiresAt.inFuture(value, context.getClockProvider().getClock().instant()));
        }
    }
}
