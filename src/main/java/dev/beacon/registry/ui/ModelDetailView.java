package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.beacon.shared.ui.RoutePatterns;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.ModelPageTab;
import dev.beacon.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.List;

/**
 * One model: its configuration and version history. Dashboards, alert rules and maintenance tickets
 * join as further tabs; the page opens on the first (the dashboard comes before the registry's own).
 * VIEWERs get the same page without the edit and delete buttons.
 */
@Route("models/:modelId" + RoutePatterns.UUID)
@PermitAll
class ModelDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelService models;
    private final ModelCredentials credentials;
    private final List<ModelPageTab> extraTabs;
    private Model model;

    ModelDetailView(ModelService models, ModelCredentials credentials, ObjectProvider<ModelPageTab> extraTabs) {
        this.models = models;
        this.credentials = credentials;
        this.extraTabs = extraTabs.stream().sorted(Comparator.comparingInt(ModelPageTab::order)).toList();
        addClassName("beacon-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ModelId id = ModelId.of(event.getRouteParameters().get("modelId").orElseThrow());
        try {
            model = models.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TeamRole role = models.myRole(id);
        removeAll();
        add(header(role));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        extraTabs.stream().filter(tab -> tab.order() < 0)
                .forEach(tab -> tabs.add(tab.label(), tab.create(id, event.getLocation())));
        tabs.add("Overview", new ModelOverview(model, credentials.hasApiKey(id)));
        tabs.add("Version history", new VersionHistory(models.history(id)));
        extraTabs.stream().filter(tab -> tab.order() >= 0)
                .forEach(tab -> tabs.add(tab.label(), tab.create(id, event.getLocation())));
        selectRequestedTab(tabs, event);
        add(tabs);
    }

    /** "?tab=alerts" opens the page on that tab (notification links point at the Alerts tab). */
    private static void selectRequestedTab(TabSheet tabs, BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(wanted -> {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTabAt(i).getLabel().equalsIgnoreCase(wanted)) {
                    tabs.setSelectedIndex(i);
                }
            }
        });
    }

    @Override
    public String getPageTitle() {
        return model == null ? "Model" : model.data().name() + " · Models";
    }

    private Component header(TeamRole role) {
        H2 name = new H2(model.data().name());
        name.getStyle().set("margin", "0");
        HorizontalLayout title = new HorizontalLayout(name, ModelBadges.status(model.data().status()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);

        Span subtitle = new Span(model.teamName() + " · " + model.data().runtime().label() + " · version " + model.data().versionLabel());
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");

        HorizontalLayout actions = new HorizontalLayout();
        if (role.includes(TeamRole.EDITOR)) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> getUI().ifPresent(ui ->
                    ui.navigate(ModelFormView.class, new RouteParameters("modelId", model.id().toString()))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (role.includes(TeamRole.EDITOR) && model.data().status() != ModelStatus.RETIRED) {
            Button retire = new Button("Retire", VaadinIcon.ARCHIVE.create(), e -> confirmRetire());
            actions.add(retire);
        }
        if (role.includes(TeamRole.OWNER)) {
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        HorizontalLayout header = new HorizontalLayout(new com.vaadin.flow.component.html.Div(title, subtitle), actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!model.data().description().isBlank()) {
            return new com.vaadin.flow.component.html.Div(header, new Paragraph(model.data().description()));
        }
        return header;
    }

    private void confirmRetire() {
        ConfirmDialogs.confirmDestructive("Retire " + model.data().name() + "?",
                "The model stays in the registry with its version history, marked Retired. You can set it active again by editing it.",
                "Retire model", () -> {
                    try {
                        models.update(model.id(), model.version(), model.data().withStatus(ModelStatus.RETIRED), "");
                        Notifications.success("Retired " + model.data().name());
                        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }

    private void confirmDelete() {
        ConfirmDialogs.confirmDestructive("Delete " + model.data().name() + "?",
                "The model and its version history are deleted for good. To keep its history, set its status to Retired instead.",
                "Delete model", () -> {
                    try {
                        models.delete(model.id(), model.version());
                        Notifications.success("Deleted " + model.data().name());
                        getUI().ifPresent(ui -> ui.navigate(ModelListView.class));
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }
}
