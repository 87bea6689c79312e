package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.TeamChoice;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The golden test suites of the user's teams: name, team, number of cases, the models each is attached to and
 * their latest accuracy. EDITORs create suites here; an empty list explains what a suite is and how cases look.
 */
@Route("evaluations")
@PageTitle("Evaluations")
@Menu(title = "Evaluations", order = 4.5, icon = "vaadin:check-square-o")
@PermitAll
class SuiteListView extends Main {

    static final String PATH = "evaluations";

    private final SuiteService suites;
    private final SuiteChoices choices;
    private final SuiteSummaries summaries;
    private final List<TeamChoice> editableTeams;
    private final Grid<Suite> grid = new Grid<>();

    SuiteListView(SuiteService suites, AttachmentService attachments, RunService runs, SuiteChoices choices) {
        this.suites = suites;
        this.choices = choices;
        this.summaries = new SuiteSummaries(attachments, runs);
        this.editableTeams = choices.editableTeams();
        addClassNames("beacon-page", "evaluations-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        Paragraph intro = new Paragraph("Golden test suites Beacon sends to your models' endpoints, scores, and "
                + "turns into an accuracy series for dashboards and alerts.");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        Button create = newSuiteButton("New suite");
        create.setVisible(!editableTeams.isEmpty());
        HorizontalLayout toolbar = new HorizontalLayout(intro, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        List<Suite> shown = suites.suites(choices.readableTeams());
        configureGrid(shown);
        add(toolbar, shown.isEmpty() ? SuitesEmptyState.of(editableTeams.isEmpty() ? null : newSuiteButton("Create the first suite")) : grid);
    }

    private void configureGrid(List<Suite> shown) {
        grid.addComponentColumn(SuiteListView::nameLink).setHeader("Suite").setWidth("16rem").setFlexGrow(2);
        grid.addColumn(Suite::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(Suite::caseCount).setHeader("Cases").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(suite -> summaries.of(suite.id()).attachedModels()).setHeader("Attached models").setFlexGrow(2);
        grid.addColumn(suite -> summaries.of(suite.id()).latestAccuracy()).setHeader("Latest accuracy").setFlexGrow(2);
        grid.setItems(shown);
        grid.setAllRowsVisible(shown.size() <= 50);
        grid.setWidthFull();
        grid.addClassName("suites-grid");
    }

    private Button newSuiteButton(String text) {
        Button button = new Button(text, VaadinIcon.PLUS.create(), event -> new SuiteDialog(suites, choices, editableTeams,
                null, saved -> getUI().ifPresent(ui -> ui.navigate(SuiteView.class, SuiteView.parameters(saved.id())))).show());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static Component nameLink(Suite suite) {
        RouterLink link = new RouterLink(suite.data().name(), SuiteView.class, SuiteView.parameters(suite.id()));
        link.getStyle().set("font-weight", "600");
        return link;
    }
}
