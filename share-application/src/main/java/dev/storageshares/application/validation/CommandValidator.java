package dev.storageshares.application.validation;

import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges an incoming command by its Bean Validation constraints, inside the use case and after its
 * access checks, so that a caller without access learns nothing from validation messages and an
 * embedder cannot skip the rules. Every violation becomes a field error named as on the wire
 * ({@code sourcePath} is {@code source_path}; a command's body component is not part of the name,
 * so {@code input.members[0].userId} is {@code members[0].user_id}).
 */
public final class CommandValidator {
    private final Validator validator;

    /** @param clock the use cases' clock: "in the future" means after their now */
    public CommandValidator(ValidatorFactory factory, Clock clock) {
        this.validator = factory.usingContext().clockProvider(() -> clock).getValidator();
    }

    /**
     * @param edgeErrors what the transport could not even read; they come first, and a field they
     *                   name is not reported twice. A body that was no JSON object is reported alone.
     * @throws ShareException {@code VALIDATION_ERROR} naming every bad field, or {@code INVALID_PATH}
     *                        when the source path is the only thing wrong
     */
    public void check(Object command, List<FieldError> edgeErrors) {
        Set<String> flagged = edgeErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        // An element that was no JSON object ("members[0].body") has no fields worth reporting either.
        List<String> unreadable = flagged.stream().filter(field -> field.endsWith(".body"))
                .map(field -> field.substring(0, field.length() - "body".length())).toList();
        List<FieldError> broken = new ArrayList<>();
        ConstraintViolation<?> pathViolation = null;
        if (!flagged.contains("body")) {
            for (ConstraintViolation<?> violation : validator.validate(command)) {
                String field = wireName(violation.getPropertyPath());
                if (flagged.contains(field) || unreadable.stream().anyMatch(field::startsWith)) {
                    continue;
                }
                broken.add(new FieldError(field, violation.getMessage()));
                if (violation.getConstraintDescriptor().getAnnotation() instanceof SourcePath) {
                    pathViolation = violation;
                }
            }
        }
        broken.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        List<FieldError> errors = new ArrayList<>(edgeErrors);
        errors.addAll(broken);
        if (errors.size() == 1 && pathViolation != null) {
            throw ShareException.invalidPath(pathViolation.getMessage());
        }
        if (!errors.isEmpty()) {
            throw ShareException.validation(errors);
        }
    }

    private static String wireName(Path path) {
        List<Path.Node> properties = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node);
            }
        });
        // The first of several properties is the command's body component; the wire has no name for it.
        List<Path.Node> named = properties.size() > 1 ? properties.subList(1, properties.size()) : properties;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < named.size(); i++) {
            Path.Node node = named.get(i);
            if (i > 0 && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (i > 0) {
                name.append('.');
            }
            name.append(snakeCase(node.getName()));
        }
        return name.toString();
    }

    private static String snakeCase(String property) {
        StringBuilder name = new StringBuilder();
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }
}
