package dev.storageshares.application.support;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The Bean Validation provider the application's tests wire the use cases with, as the server does. */
public final class Validators {
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private Validators() {
    }

    public static ValidatorFactory factory() {
        return FACTORY;
    }
}
