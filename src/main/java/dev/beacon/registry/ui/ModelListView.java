package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** Every model the user's teams run: filterable, sortable, paged on the server. */
@Route("models")
@PageTitle("Models")
@Menu(title = "Models", order = 1, icon = "vaadin:cubes")
@PermitAll
class ModelListView extends Main implements BeforeEnterObserver {

    private final ModelService models;
    private final Grid<ModelListItem> grid = new Grid<>();
    private final ModelFilterBar filters;
    private final boolean canRegister;

    ModelListView(ModelService models) {
        this.models = models;
        this.canRegister = !models.teamsICanEditIn().isEmpty();
        this.filters = new ModelFilterBar(models.teamsICanSee(), models.knownTags(), filter -> refresh());
        addClassName("beacon-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        Button register = new Button("Register model", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate(ModelFormView.class)));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setVisible(canRegister);
        HorizontalLayout toolbar = new HorizontalLayout(filters, register);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.setFlexGrow(1, filters);

        configureGrid();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(this::nameLink).setHeader("Name").setSortProperty(ModelSort.NAME.name())
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ModelListItem::teamName).setHeader("Team").setSortProperty(ModelSort.TEAM.name()).setAutoWidth(true);
        grid.addColumn(item -> item.runtime().label()).setHeader("Runtime").setSortProperty(ModelSort.RUNTIME.name()).setAutoWidth(true);
        grid.addColumn(ModelListItem::versionLabel).setHeader("Version").setSortProperty(ModelSort.VERSION.name()).setAutoWidth(true);
        grid.addComponentColumn(item -> ModelBadges.status(item.status())).setHeader("Status")
                .setSortProperty(ModelSort.STATUS.name()).setAutoWidth(true);
        grid.addComponentColumn(ModelListView::tags).setHeader("Tags").setFlexGrow(2);
        grid.addColumn(item -> UserTime.format(item.updatedAt())).setHeader("Updated")
                .setSortProperty(ModelSort.UPDATED.name()).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.ASCENDING)));
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
            ModelSort sort = order == null ? ModelSort.NAME : ModelSort.valueOf(order.getSorted());
            boolean ascending = order == null || order.getDirection() == SortDirection.ASCENDING;
            return models.find(filters.filter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> models.count(filters.filter()));
        grid.setEmptyStateComponent(emptyState());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateComponent(emptyState());
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, "models" + queryString()));
    }

    private String queryString() {
        String query = filters.toQueryParameters().getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    private Component emptyState() {
        if (!filters.isEmpty()) {
            return new EmptyState("No models match these filters", "Change or clear the filters to see more models.",
                    new Button("Clear filters", e -> filters.clear()));
        }
        if (canRegister) {
            Button register = new Button("Register your first model", e -> getUI().ifPresent(ui -> ui.navigate(ModelFormView.class)));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new EmptyState("No models yet", "Register the models your team runs to watch their health.", register);
        }
        return new EmptyState("No models yet", "Your teams have not registered any model yet.");
    }

    private Component nameLink(ModelListItem item) {
        RouterLink link = new RouterLink(item.name(), ModelDetailView.class, new RouteParameters("modelId", item.id().toString()));
        link.getStyle().set("font-weight", "600");
        return link;
    }

    private void open(ModelListItem item) {
        getUI().ifPresent(ui -> ui.navigate(ModelDetailView.class, new RouteParameters("modelId", item.id().toString())));
    }

    private static Component tags(ModelListItem item) {
        Div tags = new Div();
        tags.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        item.tags().forEach(tag -> tags.add(Badges.pill(tag)));
        return tags;
    }
}
