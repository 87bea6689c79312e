package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A dialog around a small form. Enter saves, Esc closes, the first field has the focus, the save
 * button is disabled while the service works, and service errors appear next to the fields.
 * Every module's small create/edit dialogs extend it, so they all behave the same.
 */
public abstract class FormDialog extends Dialog {

    protected final FormLayout form = new FormLayout();
    protected final FieldErrors errors = new FieldErrors();
    private final Button save;

    protected FormDialog(String title, String saveText) {
        setHeaderTitle(title);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save = new Button(saveText, event -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button("Cancel", event -> close());
        keepEnterIn(cancel);
        getFooter().add(cancel, save);
    }

    /** Sends the form to the service; returns true when the dialog may close. */
    protected abstract boolean save();

    /**
     * Leaves Enter to these fields (a line break in a text area, opening a select's list) instead of
     * saving the dialog. Combo boxes need no help: they keep Enter to themselves while their list is open.
     */
    protected static void keepEnterIn(Component... fields) {
        for (Component field : fields) {
            field.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })");
        }
    }

    /** Opens the dialog with the focus in the given field. */
    protected void openFocused(Component firstField) {
        open();
        if (firstField instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void submit() {
        try {
            if (save()) {
                close();
            }
        } finally {
            save.setEnabled(true);
        }
    }
}
