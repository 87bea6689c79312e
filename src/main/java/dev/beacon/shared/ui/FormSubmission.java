package dev.beacon.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.StaleDataException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.stream.Collectors;

/**
 * Sends a form to a service and shows the service's verdict: rule violations next to the fields they
 * concern (or as a toast when the form has no such field), a lost optimistic-lock race in a dialog.
 * Every form of every module submits through here, so they all answer the same way.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Runs the call; returns true when the service accepted it. */
    public static boolean succeeded(FieldErrors errors, Runnable call) {
        errors.clear();
        try {
            call.run();
            return true;
        } catch (ConstraintViolationException e) {
            if (!errors.show(e)) {
                Notifications.error(e.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage).collect(Collectors.joining(". ")));
            }
        } catch (InvalidInputException e) {
            if (!errors.show(e)) {
                Notifications.error(e.getMessage());
            }
        } catch (StaleDataException e) {
            showConflict(e);
        }
        return false;
    }

    private static void showConflict(StaleDataException e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Changed by someone else");
        dialog.setText(e.getMessage() + " Your edits are still in the form; reloading discards them.");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(event -> UI.getCurrent().getPage().reload());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.open();
    }
}
