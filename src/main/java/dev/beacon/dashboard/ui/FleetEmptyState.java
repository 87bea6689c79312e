package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.telemetry.ModelHealth;

/** What the fleet overview shows instead of models, and what to do about it. */
final class FleetEmptyState {

    private FleetEmptyState() {
    }

    static Component notInATeam() {
        return new EmptyState("You are not in a team yet",
                "Models belong to teams. Ask a team's owner or an ADMIN to add you; your teams' models appear here.");
    }

    /** For a user whose teams run no model yet: how a model gets onto this page and how its data arrives. */
    static Component noModels(boolean canRegister, Runnable register) {
        OrderedList steps = new OrderedList(
                new ListItem(new Span("Register a model: its runtime, endpoint and served model name.")),
                new ListItem(new Span("Beacon probes its health every 30 seconds and reads the Prometheus metrics of vLLM, "
                        + "TGI and llama.cpp servers by itself.")),
                new ListItem(new Span("Clients report their requests with an ingestion key of the team (created on the "),
                        new Anchor("teams", "team's page"), new Span("): "), new Code("POST /api/v1/ingest/events"),
                        new Span(", or OpenTelemetry to "), new Code("/v1/traces"), new Span(".")));
        steps.addClassName("fleet-steps");
        String hint = "The fleet overview shows how every model of your teams is doing, live. "
                + "It fills within a minute of a model's first data.";
        if (!canRegister) {
            return new EmptyState("No models to watch yet", hint + " Your teams have not registered a model yet; "
                    + "an editor of the team can.", steps);
        }
        Button first = new Button("Register your first model", click -> register.run());
        first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState("No models to watch yet", hint, steps, first);
    }

    static Component noMatch(Runnable clear) {
        return new EmptyState("No models match these filters", "Change or clear the filters to see more models.",
                new Button("Clear filters", click -> clear.run()));
    }

    static Component noneWith(ModelHealth health, Runnable showAll) {
        String title = switch (health) {
            case CRITICAL -> "Nothing is critical";
            case WARNING -> "No warnings";
            case UNKNOWN -> "Every model has data";
            case GOOD -> "No model is in good health";
        };
        return new EmptyState(title, "No model matching the filters is " + health.label().toLowerCase() + " right now.",
                new Button("Show every model", click -> showAll.run()));
    }
}
