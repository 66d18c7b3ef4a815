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

/** A share alias, as {@code Alias} defines it. Null is valid: whether a value is required is said separately. */
@Documented
@Constraint(validatedBy = Alias.Rule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Alias {
    /** Replaced by the domain's own message when the rule is broken. */
    String message() default "is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Alias, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || DomainRule.holds(context, () -> new dev.storageshares.domain.share.Alias(value));
        }
    }
}
