package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.evaluation.ComparedCase;
import dev.beacon.evaluation.Comparison;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UrlParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two runs of one suite side by side ({@code ?a=<run>&b=<run>}): two models, or one model before and after a version
 * change. Regressed cases first; "Differences only" (kept in the URL) hides the unchanged ones. Runs still going (a
 * model comparison just started) show their progress, and the comparison follows when both have ended. A run the user
 * may not read, or an address without two run ids, is "not found".
 */
@Route("evaluations/compare")
@StyleSheet("context://evaluation-runs.css")
@PermitAll
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String DIFFERENCES = "differences";

    private final RunCompareService compare;
    private final RunService runs;
    private final Checkbox differencesOnly = new Checkbox("Differences only");
    private Comparison comparison;
    private ComparisonGrid grid;

    CompareView(RunCompareService compare, RunService runs) {
        this.compare = compare;
        this.runs = runs;
        addClassNames("beacon-page", "eval-compare-page");
        differencesOnly.addValueChangeListener(event -> filterChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<RunId> a = runId(query, "a");
        Optional<RunId> b = runId(query, "b");
        if (a.isEmpty() || b.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            comparison = compare.compare(a.get(), b.get());
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (InvalidInputException e) {
            comparison = null;
            removeAll();
            add(new EmptyState("These runs cannot be compared", e.getMessage() + ": only runs of one suite line up case by case."));
            return;
        }
        // the filter comes from the URL here, so its listener must not write it back
        grid = null;
        differencesOnly.setValue(UrlParameters.first(query, DIFFERENCES).filter("true"::equals).isPresent());
        show();
    }

    @Override
    public String getPageTitle() {
        if (comparison == null) {
            return "Compare runs";
        }
        return (comparison.a().model().equals(comparison.b().model()) ? "Compare runs of " + comparison.a().modelName()
                : "Compare " + comparison.a().modelName() + " and " + comparison.b().modelName()) + " · Evaluations";
    }

    private static Optional<RunId> runId(Map<String, List<String>> query, String name) {
        return UrlParameters.first(query, name).flatMap(text -> {
            try {
                return Optional.of(RunId.of(text));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        });
    }

    private void show() {
        removeAll();
        add(new H2("Compare runs of " + comparison.a().suiteName()));
        List<Run> running = Stream.of(comparison.a(), comparison.b()).filter(run -> run.status() == RunStatus.RUNNING).toList();
        if (!running.isEmpty()) {
            running.forEach(run -> add(new RunProgressBar(runs, run, run.modelName(), false).onFinished(finished -> AfterChange.run(this, this::reloadWhenDone))));
            add(new Paragraph("The comparison appears when both runs have ended."));
            return;
        }
        add(new ComparisonHeader(comparison));
        Div toolbar = new Div(differencesOnly);
        toolbar.addClassName("eval-toolbar");
        grid = new ComparisonGrid(comparison.a().modelName(), comparison.b().modelName());
        add(toolbar, grid);
        showCases();
    }

    private void reloadWhenDone() {
        comparison = compare.compare(comparison.a().id(), comparison.b().id());
        if (comparison.a().status().finished() && comparison.b().status().finished()) {
            show();
        }
    }

    private void filterChanged() {
        if (grid == null) {
            return;
        }
        showCases();
        String address = EvaluationLinks.compare(comparison.a().id(), comparison.b().id())
                + (differencesOnly.getValue() ? "&" + DIFFERENCES + "=true" : "");
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
    }

    private void showCases() {
        List<ComparedCase> cases = comparison.cases().stream()
                .filter(row -> !differencesOnly.getValue() || row.change() != Comparison.Change.SAME).toList();
        grid.show(cases);
    }
}
