package dev.storageshares.application.validation;

import dev.storageshares.domain.share.Change;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets a constraint on a change's value ({@code Change<@Alias String>}) judge the value being set;
 * keeping or clearing a field has no value to judge. Registered through META-INF/services, so every
 * Bean Validation provider an embedder uses finds it.
 */
public final class ChangeValueExtractor implements ValueExtractor<Change<@ExtractedValue ?>> {
    @Override
    public void extractValues(Change<?> original, ValueReceiver receiver) {
        if (original instanceof Change.Set<?> set) {
            receiver.value(null, set.value());
        }
    }
}
