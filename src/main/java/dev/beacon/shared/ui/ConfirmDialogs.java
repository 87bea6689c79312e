package dev.beacon.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything destructive, or otherwise weighty, happens. */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    /** Opens a dialog whose confirm button is red and named after the action, e.g. "Delete model". */
    public static ConfirmDialog confirmDestructive(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    /** Like {@link #confirmDestructive}, with an ordinary primary confirm button, e.g. "Unlock". */
    public static ConfirmDialog confirm(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = confirmDestructive(header, text, confirmText, onConfirm);
        dialog.setConfirmButtonTheme("primary");
        return dialog;
    }
}
