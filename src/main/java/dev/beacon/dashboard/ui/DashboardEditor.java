package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.InvalidDashboardException;
import dev.beacon.dashboard.ModelRef;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelDataService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edit mode of a dashboard: add, change, remove, move and resize panels, change its settings, then save
 * it all at once. Saving checks that nobody saved the dashboard in between (optimistic locking): if
 * someone did, the same "changed by someone else" dialog as everywhere offers to reload.
 */
class DashboardEditor extends Div {

    private static final Duration SCORE_LOOKBACK = Duration.ofDays(30);

    private final DashboardService dashboards;
    private final PanelDataService panelData;
    private final Clock clock;
    private final DashboardGrid grid;
    private final Consumer<Dashboard> onSaved;
    private final Dashboard dashboard;
    private final Span state = new Span();
    private DashboardDefinition settings;
    private List<ModelRef> modelChoices;
    private boolean dirty;

    DashboardEditor(DashboardService dashboards, PanelDataService panelData, Clock clock, Dashboard dashboard,
                    DashboardGrid grid, Consumer<Dashboard> onSaved) {
        this.dashboards = dashboards;
        this.panelData = panelData;
        this.clock = clock;
        this.dashboard = dashboard;
        this.grid = grid;
        this.onSaved = onSaved;
        this.settings = dashboard.toDefinition();
        addClassName("beacon-dashboard-editor");
        setVisible(false);
        Button add = new Button("Add panel", VaadinIcon.PLUS.create(), e -> addPanel());
        Button settingsButton = new Button("Settings", VaadinIcon.COG_O.create(), e -> new SettingsDialog(settings, changed -> {
            settings = changed;
            changed();
        }).openDialog());
        Button save = new Button("Save dashboard", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> cancel());
        Span hint = new Span("Move and resize panels with their buttons, or drag a panel by its handle onto another one's place.");
        hint.addClassName("beacon-editor-hint");
        add(new Span(new Span("Editing"), state), add, settingsButton, save, cancel, hint);
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", "Edit dashboard");
    }

    void start() {
        setVisible(true);
        grid.setEditing(true);
        showState();
    }

    /** Whether the draft holds changes that are not saved yet. */
    boolean hasUnsavedChanges() {
        return isVisible() && dirty;
    }

    /** The draft differs from what is saved. */
    void changed() {
        dirty = true;
        showState();
    }

    void addPanel() {
        new PanelDialog(null, modelChoices(), this::scoreNames, grid::addPanel).openDialog(true);
    }

    void editPanel(PanelCard card) {
        new PanelDialog(card.panel(), modelChoices(), this::scoreNames, changed -> grid.replace(card, changed)).openDialog(false);
    }

    private void save() {
        DashboardDefinition data = new DashboardDefinition(settings.name(), settings.description(), settings.visibility(),
                grid.panels().stream().map(Panel::toData).toList());
        Dashboard[] stored = new Dashboard[1];
        boolean saved = FormSubmission.succeeded(new FieldErrors(), () -> {
            try {
                stored[0] = dashboards.update(dashboard.id(), dashboard.version(), data);
            } catch (InvalidDashboardException e) {
                throw new InvalidInputException(e.field(), e.describe());
            }
        });
        if (saved) {
            Notifications.success("Saved " + stored[0].name());
            onSaved.accept(stored[0]);
        }
    }

    private void cancel() {
        if (!dirty) {
            onSaved.accept(dashboard);
            return;
        }
        ConfirmDialogs.confirmDestructive("Discard your changes?", "The dashboard stays as it was saved.", "Discard changes",
                () -> onSaved.accept(dashboards.get(dashboard.id())));
    }

    private void showState() {
        state.setText(dirty ? " · unsaved changes" : "");
    }

    private List<ModelRef> modelChoices() {
        if (modelChoices == null) {
            modelChoices = dashboards.modelChoices();
        }
        return modelChoices;
    }

    private List<String> scoreNames(List<ModelRef> models) {
        Instant now = clock.instant();
        return models.isEmpty() ? List.of() : panelData.scoreNames(models, now.minus(SCORE_LOOKBACK), now);
    }
}
