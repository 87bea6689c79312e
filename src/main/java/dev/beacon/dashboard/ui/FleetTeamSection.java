package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.beacon.telemetry.FleetTeam;
import dev.beacon.telemetry.ModelHealth;

import java.util.ArrayList;
import java.util.List;

/** A team's heading with how its models are doing, and its models' rows. */
final class FleetTeamSection extends Section {

    private final H3 name = new H3();
    private final Span summary = new Span();
    private final Div rows = new Div();

    FleetTeamSection() {
        addClassName("fleet-team");
        summary.addClassName("fleet-team-summary");
        Div heading = new Div(name, summary);
        heading.addClassName("fleet-team-heading");
        rows.addClassName("fleet-rows");
        add(heading, rows);
    }

    void show(FleetTeam team, List<FleetRow> teamRows) {
        if (!team.name().equals(name.getText())) {
            name.setText(team.name());
        }
        String text = summary(team);
        if (!text.equals(summary.getText())) {
            summary.setText(text);
        }
        Children.arrange(rows, teamRows);
    }

    java.util.stream.Stream<FleetRow> rows() {
        return rows.getChildren().map(FleetRow.class::cast);
    }

    /** "4 models · 1 critical · 1 warning". */
    private static String summary(FleetTeam team) {
        List<String> parts = new ArrayList<>();
        parts.add(team.models().size() == 1 ? "1 model" : team.models().size() + " models");
        for (ModelHealth health : List.of(ModelHealth.CRITICAL, ModelHealth.WARNING, ModelHealth.UNKNOWN)) {
            long count = team.count(health);
            if (count > 0) {
                parts.add(count + " " + health.label().toLowerCase());
            }
        }
        return String.join(" · ", parts);
    }
}
