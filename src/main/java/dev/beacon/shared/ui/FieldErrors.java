package dev.beacon.shared.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import dev.beacon.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the service's verdict on a form next to the offending fields. The rules live once, on the
 * records the services validate; forms map each rejected property to its field.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the fields named by the violations; returns false if none of them belongs to this form. */
    public boolean show(ConstraintViolationException exception) {
        clear();
        boolean shown = false;
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            HasValidation field = fieldFor(violation.getPropertyPath());
            if (field != null && !field.isInvalid()) {
                mark(field, violation.getMessage());
                shown = true;
            }
        }
        focusFirstInvalid();
        return shown;
    }

    /** Marks the field the service named; returns false if this form has no such field. */
    public boolean show(InvalidInputException exception) {
        return show(exception.field(), exception.getMessage());
    }

    /** Marks one field, e.g. for a rule the form checks before calling the service; false if there is no such field. */
    public boolean show(String property, String message) {
        clear();
        HasValidation field = fields.get(property);
        if (field == null) {
            return false;
        }
        mark(field, message);
        focusFirstInvalid();
        return true;
    }

    private HasValidation fieldFor(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null && fields.containsKey(node.getName())) {
                return fields.get(node.getName());
            }
        }
        return null;
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void focusFirstInvalid() {
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }
}
