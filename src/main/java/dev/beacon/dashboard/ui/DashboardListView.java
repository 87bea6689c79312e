package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.dashboard.DashboardListItem;
import dev.beacon.dashboard.DashboardPreferences;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.DashboardTransfer;
import dev.beacon.dashboard.Visibility;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dashboard the user may open: their teams' and those shared with everyone, favourites first.
 * A star marks a favourite; the search and the favourites filter live in the URL. Editors create new
 * dashboards here, or import one from JSON.
 */
@Route("dashboards")
@PageTitle("Dashboards")
@Menu(title = "Dashboards", order = 2, icon = "vaadin:grid-big")
@StyleSheet("context://dashboards.css")
@PermitAll
class DashboardListView extends Main implements BeforeEnterObserver {

    private final DashboardService dashboards;
    private final DashboardPreferences preferences;
    private final List<TeamChoice> editorOf;
    private final TextField search = new TextField();
    private final Checkbox favouritesOnly = new Checkbox("Favourites only");
    private final Grid<DashboardListItem> grid = new Grid<>();

    DashboardListView(DashboardService dashboards, DashboardPreferences preferences, DashboardTransfer transfer) {
        this.dashboards = dashboards;
        this.preferences = preferences;
        this.editorOf = dashboards.teamsICanEditIn();
        addClassName("beacon-page");
        addClassName("beacon-dashboard-list");
        search.setPlaceholder("Search dashboards");
        search.setAriaLabel("Search dashboards");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        favouritesOnly.addValueChangeListener(e -> refresh());

        Button create = new Button("New dashboard", VaadinIcon.PLUS.create(), e -> new NewDashboardDialog(dashboards, editorOf).openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importJson = new Button("Import JSON", VaadinIcon.UPLOAD_ALT.create(), e -> new ImportDialog(transfer, editorOf).openDialog());
        create.setVisible(!editorOf.isEmpty());
        importJson.setVisible(!editorOf.isEmpty());
        Div toolbar = new Div(search, favouritesOnly, new Div(importJson, create));
        toolbar.addClassName("beacon-list-toolbar");
        configureGrid();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        search.setValue(parameters.getOrDefault("q", List.of("")).getFirst());
        favouritesOnly.setValue(parameters.containsKey("favourites"));
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(this::star).setKey("favourite").setHeader("").setWidth("4rem").setFlexGrow(0);
        grid.addComponentColumn(item -> {
            RouterLink link = new RouterLink(item.name(), DashboardView.class,
                    new RouteParameters(DashboardView.ID_PARAMETER, item.id().toString()));
            link.addClassName("beacon-strong");
            return link;
        }).setHeader("Name").setFlexGrow(2);
        grid.addColumn(DashboardListItem::teamName).setHeader("Team").setAutoWidth(true);
        grid.addComponentColumn(DashboardListView::marks).setHeader("Shared with").setAutoWidth(true);
        grid.addColumn(DashboardListItem::panels).setHeader("Panels").setAutoWidth(true);
        grid.addColumn(item -> UserTime.format(item.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private void refresh() {
        List<DashboardListItem> items = dashboards.list(search.getValue(), favouritesOnly.getValue());
        grid.setItems(items);
        grid.setEmptyStateComponent(emptyState());
        Map<String, String> query = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            query.put("q", search.getValue().strip());
        }
        if (favouritesOnly.getValue()) {
            query.put("favourites", "true");
        }
        String queryString = QueryParameters.simple(query).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "dashboards" + (queryString.isEmpty() ? "" : "?" + queryString)));
    }

    private Component star(DashboardListItem item) {
        Button star = new Button(item.favourite() ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create());
        star.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        star.setAriaLabel((item.favourite() ? "Remove from favourites: " : "Add to favourites: ") + item.name());
        star.getElement().setAttribute("aria-pressed", String.valueOf(item.favourite()));
        star.addClassName(item.favourite() ? "beacon-star-on" : "beacon-star-off");
        star.addClickListener(e -> {
            preferences.favourite(item.id(), !item.favourite());
            refresh();
        });
        return star;
    }

    private static Component marks(DashboardListItem item) {
        Div marks = new Div(item.visibility() == Visibility.EVERYONE
                ? Badges.badge("Everyone signed in", Badges.Tone.SUCCESS) : Badges.badge("Team", Badges.Tone.CONTRAST));
        if (item.home()) {
            marks.add(Badges.badge("Your home page", Badges.Tone.NEUTRAL));
        }
        marks.addClassName("beacon-badges");
        return marks;
    }

    private Component emptyState() {
        if (!search.getValue().isBlank() || favouritesOnly.getValue()) {
            return new EmptyState("No dashboards match", favouritesOnly.getValue()
                    ? "Star dashboards to find them here; or clear the filters." : "Try other words, or clear the search.",
                    new Button("Clear filters", e -> {
                        search.clear();
                        favouritesOnly.clear();
                    }));
        }
        if (!editorOf.isEmpty()) {
            Button create = new Button("Create your first dashboard", e -> new NewDashboardDialog(dashboards, editorOf).openDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new EmptyState("No dashboards yet",
                    "A dashboard puts the figures your team watches side by side: latency, throughput, errors, "
                            + "evaluation scores, for one or several models. Share it with the team, or with everyone.", create);
        }
        return new EmptyState("No dashboards yet", "Your teams have not created dashboards yet, and none is shared with everyone.");
    }
}
