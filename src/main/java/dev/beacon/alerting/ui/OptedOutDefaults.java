package dev.beacon.alerting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.beacon.alerting.DefaultRule;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.Notifications;

/**
 * The team defaults a model opted out of or overrides, each with "Restore default" for EDITORs; nothing when there
 * are none.
 */
class OptedOutDefaults extends VerticalLayout {

    OptedOutDefaults(TeamDefaultService defaults, ModelId model, boolean canEdit, Runnable restored) {
        addClassName("opted-out-defaults");
        setPadding(false);
        var found = defaults.optedOut(model);
        setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        add(new H3("Team defaults not applied"));
        for (DefaultRule rule : found) {
            Span text = new Span(rule.data().name() + " (" + rule.data().scope() + ": " + rule.data().rule().summary() + ")");
            HorizontalLayout row = new HorizontalLayout(text);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            if (canEdit) {
                Button restore = new Button("Restore default", event -> {
                    defaults.restore(model, rule.id());
                    Notifications.success("Team default " + rule.data().name() + " restored");
                    restored.run();
                });
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(restore);
            }
            add(row);
        }
    }
}
