package dev.beacon;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Set;
import java.util.TreeSet;

/**
 * Reads which properties a Bean Validation failure names, e.g. "register.data.endpointUrl" → "endpointUrl",
 * or the parameter when a plain service parameter broke a rule, e.g. "update.versionNote" → "versionNote".
 */
public final class Violations {

    private Violations() {
    }

    public static Set<String> properties(Throwable thrown) {
        Set<String> names = new TreeSet<>();
        for (ConstraintViolation<?> violation : ((ConstraintViolationException) thrown).getConstraintViolations()) {
            String property = null;
            String parameter = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    property = node.getName();
                } else if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                }
            }
            names.add(property != null ? property : parameter);
        }
        return names;
    }
}
