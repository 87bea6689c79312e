package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a list shows when it has nothing to show: a title, a hint, and optionally the next step. */
public final class EmptyState extends Div {

    public EmptyState(String title, String hint, Component... actions) {
        addClassName("beacon-empty-state");
        add(new H3(title), new Paragraph(hint));
        if (actions.length > 0) {
            add(new Div(actions));
        }
    }
}
