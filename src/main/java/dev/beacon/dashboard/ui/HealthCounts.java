package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import dev.beacon.telemetry.FleetOverview;
import dev.beacon.telemetry.ModelHealth;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How many models are Critical, Warning, Unknown and Good, as four buttons: pressing one shows only those
 * models, pressing it again shows all. The counts ignore the health filter, so they say what each choice shows.
 */
final class HealthCounts extends Div {

    private final Map<ModelHealth, NativeButton> buttons = new EnumMap<>(ModelHealth.class);
    private final Map<ModelHealth, Span> numbers = new EnumMap<>(ModelHealth.class);
    private ModelHealth chosen;

    HealthCounts(Consumer<ModelHealth> onChoice) {
        addClassName("fleet-counts");
        for (ModelHealth health : ModelHealth.values()) {
            Span number = new Span("0");
            number.addClassName("fleet-count-number");
            Span label = new Span(health.label());
            label.addClassName("fleet-count-label");
            NativeButton button = new NativeButton();
            button.add(number, label);
            button.addClassNames("fleet-count", "health-" + FleetFormat.cssName(health));
            button.addClickListener(click -> onChoice.accept(chosen == health ? null : health));
            buttons.put(health, button);
            numbers.put(health, number);
            add(button);
        }
        choose(null);
    }

    void show(FleetOverview overview) {
        overview.counts().forEach((health, count) -> {
            String text = String.valueOf(count);
            if (!text.equals(numbers.get(health).getText())) {
                numbers.get(health).setText(text);
            }
            buttons.get(health).getElement().getClassList().set("is-zero", count == 0);
            buttons.get(health).getElement().setAttribute("aria-label", count + " " + health.label()
                    + (chosen == health ? ", shown alone: press to show every model" : ": press to show only these"));
        });
    }

    /** Marks the health shown alone, or none. */
    void choose(ModelHealth health) {
        chosen = health;
        buttons.forEach((each, button) -> button.getElement().setAttribute("aria-pressed", String.valueOf(each == health)));
    }
}
