package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.beacon.evaluation.CaseResult;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunDetails;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.RoutePatterns;
import dev.beacon.shared.ui.UrlParameters;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One evaluation run: its figures (or why it errored), the results per case with regressions marked, filters "Failed
 * only" and "Regressions only" kept in the URL, and the way to the comparison with the previous run. While the run is
 * still going, its live progress bar stands on top and the page shows the results once it ends. A run of a team the
 * user is not in is "not found", exactly like one that does not exist.
 */
@Route("evaluations/runs/:runId" + RoutePatterns.UUID)
@StyleSheet("context://evaluation-runs.css")
@PermitAll
class RunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String FAILED = "failed";
    static final String REGRESSIONS = "regressions";

    private final RunService runs;
    private final SuiteChoices choices;
    private final Checkbox failedOnly = new Checkbox("Failed only");
    private final Checkbox regressionsOnly = new Checkbox("Regressions only");
    private final CaseResultsGrid grid = new CaseResultsGrid();
    private final Paragraph nothingShown = new Paragraph();
    private RunDetails details;

    RunView(RunService runs, SuiteChoices choices) {
        this.runs = runs;
        this.choices = choices;
        addClassNames("beacon-page", "eval-run-page");
        failedOnly.addValueChangeListener(event -> filtersChanged());
        regressionsOnly.addValueChangeListener(event -> filtersChanged());
        nothingShown.addClassName("eval-nothing-shown");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RunId id = RunId.of(event.getRouteParameters().get("runId").orElseThrow());
        RunDetails found;
        try {
            found = runs.details(id);
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // the filters come from the URL here, so their listeners must not write it back
        details = null;
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        failedOnly.setValue(UrlParameters.first(query, FAILED).filter("true"::equals).isPresent());
        regressionsOnly.setValue(UrlParameters.first(query, REGRESSIONS).filter("true"::equals).isPresent());
        details = found;
        show();
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Evaluation run" : details.run().suiteName() + " on " + details.run().modelName() + " · Evaluations";
    }

    private void show() {
        removeAll();
        Run run = details.run();
        H2 title = new H2(run.suiteName() + " on " + run.modelName());
        Div whereabouts = new Div(new Span("Suite "), EvaluationLinks.link(EvaluationLinks.suite(run.suite()), run.suiteName()),
                new Span(" · model "), EvaluationLinks.link(EvaluationLinks.model(run.model()), run.modelName()));
        whereabouts.addClassName("eval-whereabouts");
        add(title, whereabouts);
        if (run.status() == RunStatus.RUNNING) {
            RunProgressBar progress = new RunProgressBar(runs, run, run.modelName(), choices.canEdit(run.team()));
            add(progress.onFinished(finished -> AfterChange.run(this, this::reload)));
        }
        add(new RunFacts(run), toolbar(), nothingShown, grid);
        showResults();
    }

    private void reload() {
        details = runs.details(details.run().id());
        show();
    }

    private Div toolbar() {
        Div toolbar = new Div(failedOnly, regressionsOnly);
        toolbar.addClassName("eval-toolbar");
        details.previousRun().ifPresentOrElse(
                previous -> toolbar.add(EvaluationLinks.link(EvaluationLinks.compare(previous, details.run().id()),
                        "Compare with previous run")),
                () -> toolbar.add(new Span("No earlier completed run of this suite on this model to compare with.")));
        return toolbar;
    }

    private void filtersChanged() {
        if (details == null) {
            return;
        }
        showResults();
        Map<String, String> query = new LinkedHashMap<>();
        if (failedOnly.getValue()) {
            query.put(FAILED, "true");
        }
        if (regressionsOnly.getValue()) {
            query.put(REGRESSIONS, "true");
        }
        String queryString = QueryParameters.simple(query).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                RunLinks.run(details.run().id()) + (queryString.isEmpty() ? "" : "?" + queryString)));
    }

    private void showResults() {
        Predicate<CaseResult> shown = result -> true;
        if (failedOnly.getValue()) {
            shown = shown.and(CaseResultsGrid::failed);
        }
        if (regressionsOnly.getValue()) {
            shown = shown.and(CaseResult::regressed);
        }
        List<CaseResult> results = details.results().stream().filter(shown).toList();
        grid.show(results);
        grid.setVisible(!results.isEmpty());
        nothingShown.setVisible(results.isEmpty());
        nothingShown.setText(emptyText());
    }

    private String emptyText() {
        if (details.results().isEmpty()) {
            return details.run().status() == RunStatus.RUNNING ? "The results appear here when the run ends."
                    : "This run has no results.";
        }
        if (regressionsOnly.getValue()) {
            return details.previousRun().isEmpty() ? "No regressions: there is no earlier completed run to measure them against."
                    : "No regressions: every case that passed in the previous run passes in this one.";
        }
        return "No failed cases: every case passed.";
    }
}
