package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.TeamPageSection;
import dev.beacon.telemetry.TelemetryRetentionService;

/** Shows, and lets OWNERs change, how long the team keeps raw telemetry. */
@org.springframework.stereotype.Component
class RetentionSection implements TeamPageSection {

    private final TelemetryRetentionService retention;

    RetentionSection(TelemetryRetentionService retention) {
        this.retention = retention;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Component create(TeamId team) {
        int days = retention.rawRetentionDays(team);
        Section section = new Section(new H3("Telemetry retention"));
        section.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        Paragraph explanation = new Paragraph(explanation(days));
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        section.add(explanation);
        if (retention.canChange(team)) {
            section.add(editor(team, days, explanation));
        }
        return section;
    }

    private static String explanation(int days) {
        return "Raw request events, scores and probe results are kept " + days + " days. Minute rollups stay 35 days "
                + "and hour and day rollups 400 days, so long-range charts keep working.";
    }

    private Component editor(TeamId team, int current, Paragraph explanation) {
        IntegerField days = new IntegerField("Keep raw telemetry (days)");
        days.setMin(TelemetryRetentionService.MIN_DAYS);
        days.setMax(TelemetryRetentionService.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(current);
        Button save = new Button("Save retention", event -> {
            Integer chosen = days.getValue();
            if (chosen != null && chosen < current) {
                ConfirmDialogs.confirmDestructive("Keep raw telemetry only " + chosen + " days?",
                        "Raw data older than " + chosen + " days is deleted at the next retention run, within the hour. "
                                + "Rollups are not affected.", "Shorten retention", () -> save(team, days, explanation));
            } else {
                save(team, days, explanation);
            }
        });
        HorizontalLayout row = new HorizontalLayout(days, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void save(TeamId team, IntegerField days, Paragraph explanation) {
        try {
            int saved = retention.setRawRetentionDays(team, days.getValue());
            days.setInvalid(false);
            explanation.setText(explanation(saved));
            Notifications.success("Raw telemetry is now kept " + saved + " days");
        } catch (InvalidInputException e) {
            days.setErrorMessage(e.getMessage());
            days.setInvalid(true);
        }
    }
}
