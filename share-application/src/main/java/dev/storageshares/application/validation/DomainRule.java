package dev.storageshares.application.validation;

import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Runs a value object's own check and turns its refusal into constraint violations carrying the
 * domain's message, so that each rule is written once, in the domain.
 */
final class DomainRule {

    private DomainRule() {
    }

    static boolean holds(ConstraintValidatorContext context, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (ShareException e) {
            context.disableDefaultConstraintViolation();
            for (FieldError error : e.fieldErrors()) {
                context.buildConstraintViolationWithTemplate(literal(error.message())).addConstraintViolation();
            }
            return false;
        }
    }

    /** Message templates interpolate {…} and ${…}; the domain's messages are meant literally ("{3,63}"). */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
