package dev.beacon.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.RoutePatterns;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/** Registers a new model ("models/new") or edits one ("models/{id}/edit"). */
@Route("models/new")
@RouteAlias("models/:modelId" + RoutePatterns.UUID + "/edit")
@PermitAll
class ModelFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelService models;
    private final ModelCredentials credentials;
    private final List<TeamChoice> editableTeams;
    private final ModelFields fields;
    private final Button save = new Button("Register model");
    private Model editing;

    ModelFormView(ModelService models, ModelCredentials credentials) {
        this.models = models;
        this.credentials = credentials;
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
        fields.apiKey.show(editing.id(), editing.data().name(), credentials.hasApiKey(editing.id()), credentials);
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
        try {
            if (editing == null && fields.team.getValue() == null) {
                fields.errors.show("team", "Choose the team that runs the model");
                return;
            }
            ModelData data = fields.write();
            Model[] saved = new Model[1];
            boolean accepted = FormSubmission.succeeded(fields.errors, () -> {
                // checked first, so a key the service would refuse does not leave a half-saved model behind
                String apiKey = fields.apiKey.enteredKey() == null ? null : ModelCredentials.requireValid(fields.apiKey.enteredKey());
                saved[0] = editing == null
                        ? models.register(fields.team.getValue().id(), data)
                        : models.update(editing.id(), editing.version(), data, fields.versionNote.getValue());
                if (apiKey != null) {
                    credentials.setApiKey(saved[0].id(), apiKey);
                }
            });
            if (accepted) {
                Notifications.success((editing == null ? "Registered " : "Saved ") + saved[0].data().name());
                getUI().ifPresent(ui -> ui.navigate(ModelDetailView.class, new RouteParameters("modelId", saved[0].id().toString())));
            }
        } finally {
            save.setEnabled(true);
        }
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(ModelListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ModelDetailView.class, new RouteParameters("modelId", editing.id().toString())));
        }
    }
}
