package dev.beacon;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Set;
import java.util.TreeSet;

/** Reads which properties a Bean Validation failure names, e.g. "register.data.endpointUrl" → "endpointUrl". */
public final class Violations {

    private Violations() {
    }

    public static Set<String> properties(Throwable thrown) {
        Set<String> names = new TreeSet<>();
        for (ConstraintViolation<?> violation : ((ConstraintViolationException) thrown).getConstraintViolations()) {
            String name = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    name = node.getName();
                }
            }
            names.add(name);
        }
        return names;
    }
}
