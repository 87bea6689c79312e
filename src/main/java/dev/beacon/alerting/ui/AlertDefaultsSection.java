package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.alerting.DefaultRule;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.TeamPageSection;

/** The team page's "Alert defaults": every member sees the team's default rules, OWNERs add, edit and delete them. */
@org.springframework.stereotype.Component
class AlertDefaultsSection implements TeamPageSection {

    private final TeamDefaultService defaults;

    AlertDefaultsSection(TeamDefaultService defaults) {
        this.defaults = defaults;
    }

    /** After telemetry retention (110), before the notification channels (200). */
    @Override
    public int order() {
        return 150;
    }

    @Override
    public Component create(TeamId team) {
        Section section = new Section();
        section.addClassName("alert-defaults");
        section.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        fill(section, team);
        return section;
    }

    private void fill(Section section, TeamId team) {
        section.removeAll();
        boolean owner = defaults.myRole(team).includes(TeamRole.OWNER);
        HorizontalLayout header = new HorizontalLayout(new H3("Alert defaults"));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Runnable refresh = () -> fill(section, team);
        if (owner) {
            Button add = new Button("Add default", VaadinIcon.PLUS.create(),
                    event -> new DefaultRuleDialog(defaults, team, null, refresh).open());
            header.add(add);
        }
        Paragraph explanation = new Paragraph("Every matching model of the team gets a copy of each default, new models "
                + "too. Editing a model's copy makes it the model's own override; deleting it opts the model out.");
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        section.add(header, explanation);
        var found = defaults.defaultsOf(team);
        if (found.isEmpty()) {
            return;
        }
        Grid<DefaultRule> grid = new Grid<>();
        grid.addClassName("alert-defaults-grid");
        grid.addColumn(rule -> rule.data().name()).setHeader("Name").setAutoWidth(true);
        grid.addColumn(rule -> rule.data().scope()).setHeader("Applies to").setAutoWidth(true);
        grid.addColumn(rule -> rule.data().rule().summary()).setHeader("Rule").setFlexGrow(3);
        grid.addColumn(DefaultRule::linkedModels).setHeader("Models").setAutoWidth(true);
        grid.addColumn(DefaultRule::optedOut).setHeader("Opted out / overridden").setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(rule -> actions(rule, team, refresh)).setAutoWidth(true);
        }
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        section.add(grid);
    }

    private HorizontalLayout actions(DefaultRule rule, TeamId team, Runnable refresh) {
        Button edit = new Button("Edit", event -> new DefaultRuleDialog(defaults, team, rule, refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> ConfirmDialogs.confirmDestructive(
                "Delete team default " + rule.data().name() + "?", "Its copies on " + rule.linkedModels()
                        + " models and their alert history go with it; overrides stay as the models' own rules.",
                "Delete default", () -> {
                    try {
                        defaults.delete(rule.id(), rule.version());
                        refresh.run();
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete default");
        return new HorizontalLayout(edit, delete);
    }
}
