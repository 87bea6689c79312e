package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.beacon.alerting.AlertActions;
import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.SilenceService;
import dev.beacon.alerting.AlertTransition;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.HealthVerdict;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Alerts tab's content: the model's health and its last 24 hours, its rules with their states (EDITORs add,
 * edit, mark reviewed and delete them), and the latest transitions.
 */
class ModelAlerts extends VerticalLayout {

    private static final int HISTORY = 50;

    private final AlertRuleService rules;
    private final AlertHistoryService history;
    private final AlertPreviewService previews;
    private final TeamDefaultService defaults;
    private final AlertResponseService responses;
    private final SilenceService silences;
    private final ObjectProvider<AlertActions> extraColumns;
    private final ModelId model;
    private final boolean canEdit;

    ModelAlerts(AlertPageServices services, ModelId model) {
        this.rules = services.rules();
        this.history = services.history();
        this.previews = services.previews();
        this.defaults = services.defaults();
        this.responses = services.responses();
        this.silences = services.silences();
        this.extraColumns = services.actions();
        this.model = model;
        this.canEdit = rules.myRole(model).includes(TeamRole.EDITOR);
        addClassName("model-alerts");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(health());
        add(rulesSection());
        add(new OptedOutDefaults(defaults, model, canEdit, this::refresh));
        add(historySection());
        add(new AlertNoticesSection(responses, model));
    }

    private Div health() {
        HealthVerdict verdict = history.health(model);
        Span reason = new Span(verdict.reason());
        reason.addClassName("health-reason");
        HorizontalLayout now = new HorizontalLayout(new Span("Health"), HealthBadges.health(verdict.health()), reason);
        now.setAlignItems(FlexComponent.Alignment.CENTER);
        now.addClassName("model-health");
        return new Div(now, new HealthTimelineBar(history.lastDay(model)));
    }

    private VerticalLayout rulesSection() {
        H3 title = new H3("Rules");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (canEdit) {
            Button add = new Button("Add rule", VaadinIcon.PLUS.create(), event -> openForm(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        var found = rules.rulesOf(model);
        VerticalLayout section = new VerticalLayout(header);
        section.setPadding(false);
        if (found.isEmpty()) {
            section.add(new EmptyState("No alert rules yet", "Until the model has rules, its health comes from its health "
                    + "probes and error rate. Add a rule to decide what Warning and Critical mean for it."));
            return section;
        }
        Grid<RuleOverview> grid = new Grid<>();
        grid.addClassName("alert-rules");
        grid.addComponentColumn(ModelAlerts::ruleWithOrigin).setHeader("Rule").setWidth("16em").setFlexGrow(4);
        grid.addComponentColumn(HealthBadges::state).setHeader("State").setAutoWidth(true);
        grid.addColumn(rule -> rule.state() == null || rule.state().lastValue() == null ? "–"
                : rule.rule().data().metric().format(rule.state().lastValue())).setHeader("Last value").setAutoWidth(true);
        grid.addColumn(rule -> rule.rule().reviewedAt() == null ? "Never"
                : UserTime.format(rule.rule().reviewedAt()) + " by " + rule.rule().reviewedBy()).setHeader("Reviewed").setAutoWidth(true);
        grid.addColumn(this::acknowledged).setHeader("Acknowledged").setAutoWidth(true);
        extraColumns.orderedStream().forEach(column -> {
            var cells = column.cells(model, found, canEdit, this::refresh);
            grid.addComponentColumn(rule -> {
                Component cell = cells.apply(rule);
                return cell == null ? new Span() : cell;
            }).setHeader(column.header()).setAutoWidth(true);
        });
        if (canEdit) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        }
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static Div ruleWithOrigin(RuleOverview rule) {
        Div cell = new Div(new Span(rule.rule().data().summary()));
        cell.getStyle().set("white-space", "normal"); // the whole rule, thresholds and window, never cut off
        String origin = rule.rule().origin();
        if (!origin.isEmpty()) {
            Span from = new Span(origin);
            from.addClassName("rule-origin");
            from.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(from);
        }
        return cell;
    }

    private HorizontalLayout actions(RuleOverview rule) {
        // icons with a tooltip and an accessible name, so the rule itself keeps the room of the row
        Button edit = iconButton(VaadinIcon.EDIT, "Edit rule", () -> openForm(rule));
        Button reviewed = iconButton(VaadinIcon.CHECK, "Mark reviewed", () -> {
            rules.markReviewed(rule.rule().id());
            Notifications.success("Marked reviewed");
            refresh();
        });
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> ConfirmDialogs.confirmDestructive("Delete this rule?",
                rule.rule().data().summary() + ". Its alert history goes with it.", "Delete rule", () -> {
                    try {
                        rules.delete(rule.rule().id(), rule.rule().version());
                        refresh();
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete rule");
        delete.setTooltipText("Delete rule");
        HorizontalLayout actions = new HorizontalLayout(edit, reviewed, delete);
        actions.setSpacing(false);
        if (rule.currentState().isActive()) {
            Button acknowledge = new Button("Acknowledge", event -> new AcknowledgeDialog(responses, rule, () -> {
                Notifications.success("Acknowledged");
                refresh();
            }).openDialog());
            Button silence = iconButton(VaadinIcon.BELL_SLASH, "Silence", () -> new SilenceDialog(silences, rule, () -> {
                Notifications.success("Silenced");
                refresh();
            }).openDialog());
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(silence);
            actions.addComponentAsFirst(acknowledge);
        }
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String name, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        return button;
    }

    /** Who acknowledged an active alert and who works on it; empty otherwise. */
    private String acknowledged(RuleOverview rule) {
        if (!rule.currentState().isActive()) {
            return "";
        }
        return responses.acknowledgement(rule.rule().id())
                .map(ack -> "By " + ack.acknowledgedBy() + (ack.assigneeName() == null ? "" : ", assigned to " + ack.assigneeName())
                        + (ack.comment().isEmpty() ? "" : ": " + ack.comment()))
                .orElse("No");
    }

    private void openForm(RuleOverview existing) {
        new RuleDialog(rules, previews, model, existing == null ? null : existing.rule(), this::refresh).open();
    }

    private VerticalLayout historySection() {
        VerticalLayout section = new VerticalLayout(new H3("History"));
        section.setPadding(false);
        var transitions = history.history(model, HISTORY);
        if (transitions.isEmpty()) {
            section.add(new Span("No alert has changed state yet."));
            return section;
        }
        Grid<AlertTransition> grid = new Grid<>();
        grid.addClassName("alert-history");
        grid.addColumn(t -> UserTime.format(t.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AlertTransition::ruleSummary).setHeader("Rule").setFlexGrow(3);
        grid.addColumn(t -> t.from().label() + " → " + t.to().label() + (t.severity() == null ? "" : " (" + t.severity().label() + ")"))
                .setHeader("Change").setAutoWidth(true);
        grid.addColumn(ModelAlerts::valueVersusThreshold).setHeader("Value / threshold").setAutoWidth(true);
        grid.addColumn(t -> t.mutedBy() == null ? "" : "Not sent: " + t.mutedBy()).setHeader("Notification").setFlexGrow(2);
        grid.setItems(transitions);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static String valueVersusThreshold(AlertTransition t) {
        String unit = t.unit().isEmpty() ? "" : " " + t.unit();
        String value = t.observedValue() == null ? "no data" : String.format(java.util.Locale.ENGLISH, "%,.2f", t.observedValue()) + unit;
        return t.threshold() == null ? value : value + " / " + String.format(java.util.Locale.ENGLISH, "%,.2f", t.threshold()) + unit;
    }
}
