package dev.storageshares.adapter.rest;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation provider behind the HTTP API: Hibernate Validator, whose validator the use
 * cases judge every command with. Every message is a literal sentence of the domain's or of a
 * constraint, so parameter interpolation is all it needs and no Expression Language implementation
 * is on the class path.
 */
public final class CommandValidation {

    private CommandValidation() {
    }

    public static ValidatorFactory factory() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }
}
