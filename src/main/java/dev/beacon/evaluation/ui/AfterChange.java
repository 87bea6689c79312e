package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;

/**
 * Defers work that rebuilds a view until the change in progress is done. A run's progress bar reports the run's end
 * while it is itself being updated (or attached); rebuilding the view that holds it right then would detach it
 * mid-update, so the rebuild waits for the response to the browser.
 */
final class AfterChange {

    private AfterChange() {
    }

    static void run(Component view, Runnable work) {
        view.getUI().ifPresent(ui -> ui.beforeClientResponse(view, context -> work.run()));
    }
}
