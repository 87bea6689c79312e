package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/** The suite's name, team, description and default scorer; Edit and Delete for those who may change it. */
class SuiteHeader extends Div {

    private final SuiteService suites;
    private final Suite suite;

    SuiteHeader(SuiteService suites, SuiteChoices choices, SuitePage page) {
        this.suites = suites;
        this.suite = page.suite();
        addClassName("suite-header");
        H2 title = new H2(suite.data().name());
        title.getStyle().set("margin", "0");
        Div facts = new Div(new Span(suite.teamName()), new Span(" · " + suite.caseCount() + (suite.caseCount() == 1 ? " case" : " cases")),
                new Span(" · Default scorer: " + ScorerText.describe(suite.data().defaultScorer(), page::modelName)));
        facts.addClassName("suite-facts");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div about = new Div(title, facts);
        if (suite.data().description() != null && !suite.data().description().isBlank()) {
            Paragraph description = new Paragraph(suite.data().description());
            description.getStyle().set("white-space", "pre-wrap");
            about.add(description);
        }

        HorizontalLayout actions = new HorizontalLayout();
        if (page.canEdit()) {
            TeamChoice team = new TeamChoice(suite.team(), suite.teamName());
            actions.add(new Button("Edit", VaadinIcon.EDIT.create(),
                    event -> new SuiteDialog(suites, choices, List.of(team), suite, saved -> page.reload().run()).show()));
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), event -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        HorizontalLayout top = new HorizontalLayout(about, actions);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.START);
        add(top);
    }

    private void confirmDelete() {
        ConfirmDialogs.confirmDestructive("Delete " + suite.data().name() + "?",
                "Its cases, attachments, runs and results are deleted for good. The accuracy points it wrote stay in the models' telemetry.",
                "Delete suite", () -> {
                    try {
                        suites.delete(suite.id());
                        Notifications.success("Deleted " + suite.data().name());
                        getUI().ifPresent(ui -> ui.navigate(SuiteListView.class));
                    } catch (AccessDeniedException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }
}
