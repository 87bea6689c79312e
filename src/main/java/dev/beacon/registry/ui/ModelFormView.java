package dev.beacon.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import dev.beacon.shared.ui.RoutePatterns;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/** Registers a new model ("models/new") or edits one ("models/{id}/edit"). */
@Route("models/new")
@RouteAlias("models/:modelId" + RoutePatterns.UUID + "/edit")
@PermitAll
class ModelFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelService models;
    private final List<TeamChoice> editableTeams;
    private final ModelFields fields;
    private final Button save = new Button("Register model");
    private Model editing;

    ModelFormView(ModelService models) {
        this.models = models;
        this.editableTeams = models.teamsICanEditIn();
        this.fields = new ModelFields(editableTeams, models.knownTags());
        addClassName("beacon-page");
        getStyle().set("max-width", "1000px");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(fields.singleLineFields());
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> leave());
        add(fields, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var modelId = event.getRouteParameters().get("modelId").map(ModelId::of);
        if (modelId.isEmpty()) {
            if (editableTeams.isEmpty()) {
                refuse(event, "You need the Editor role in a team to register models");
                return;
            }
            fields.readDefaults();
            fields.versionNote.setVisible(false);
            if (editableTeams.size() == 1) {
                fields.team.setValue(editableTeams.getFirst());
            }
            fields.name.focus();
            return;
        }
        try {
            editing = models.get(modelId.get());
            if (!models.myRole(editing.id()).includes(TeamRole.EDITOR)) {
                refuse(event, "You need the Editor role in this team to edit its models");
                return;
            }
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        fields.team.setItems(new TeamChoice(editing.team(), editing.teamName()));
        fields.team.setValue(new TeamChoice(editing.team(), editing.teamName()));
        fields.team.setReadOnly(true);
        fields.read(editing.data());
        save.setText("Save changes");
    }

    /** Passes an instance: Vaadin cannot create Spring's AccessDeniedException itself (it has no no-arg constructor). */
    private static void refuse(BeforeEnterEvent event, String reason) {
        event.rerouteToError(new AccessDeniedException(reason), reason);
    }

    @Override
    public String getPageTitle() {
        return editing == null ? "Register model" : "Edit " + editing.data().name();
    }

    private void save() {
        fields.errors.clear();
        ModelData data = fields.write();
        try {
            Model saved = editing == null
                    ? register(data)
                    : models.update(editing.id(), editing.version(), data, fields.versionNote.getValue());
            if (saved != null) {
                Notifications.success((editing == null ? "Registered " : "Saved ") + saved.data().name());
                getUI().ifPresent(ui -> ui.navigate(ModelDetailView.class, new RouteParameters("modelId", saved.id().toString())));
            }
        } catch (ConstraintViolationException e) {
            fields.errors.show(e);
        } catch (InvalidInputException e) {
            if (!fields.errors.show(e)) {
                Notifications.error(e.getMessage());
            }
        } catch (StaleDataException e) {
            showConflict(e);
        } finally {
            save.setEnabled(true);
        }
    }

    private Model register(ModelData data) {
        if (fields.team.getValue() == null) {
            fields.team.setErrorMessage("Choose the team that runs the model");
            fields.team.setInvalid(true);
            fields.team.focus();
            return null;
        }
        return models.register(fields.team.getValue().id(), data);
    }

    private void showConflict(StaleDataException e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Changed by someone else");
        dialog.setText(e.getMessage() + " Your edits are still in the form; reloading discards them.");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(event -> getUI().ifPresent(ui -> ui.getPage().reload()));
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.open();
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(ModelListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ModelDetailView.class, new RouteParameters("modelId", editing.id().toString())));
        }
    }
}
