package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.beacon.evaluation.CaseResult;
import dev.beacon.evaluation.Outcome;

import java.util.List;

/**
 * The per-case results of a run: question, expected and given answer, outcome, score and the scorer's or judge's
 * reason. Long answers are cut in the row; a click (or Enter/Space on the focused row) opens the whole question and
 * answer below it. Regressed cases say "Regressed" next to their outcome and their row is tinted.
 */
class CaseResultsGrid extends Grid<CaseResult> {

    private static final int SHOWN_CHARACTERS = 140;

    CaseResultsGrid() {
        addClassName("eval-results");
        setAriaLabel("Results per case");
        addColumn(result -> result.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(result -> RunTexts.shortened(result.question(), SHOWN_CHARACTERS)).setHeader("Question").setFlexGrow(3);
        addColumn(result -> RunTexts.shortened(result.expected(), SHOWN_CHARACTERS)).setHeader("Expected").setFlexGrow(2);
        addColumn(result -> answer(result, SHOWN_CHARACTERS)).setHeader("Answer").setFlexGrow(3);
        addComponentColumn(CaseResultsGrid::outcome).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        addColumn(result -> RunTexts.score(result.score())).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        addColumn(result -> RunTexts.shortened(result.reason(), SHOWN_CHARACTERS)).setHeader("Reason").setFlexGrow(2);
        setPartNameGenerator(result -> result.regressed() ? "regressed" : null);
        setItemDetailsRenderer(new ComponentRenderer<>(CaseResultsGrid::details));
        setDetailsVisibleOnClick(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(List<CaseResult> results) {
        setItems(results);
    }

    static boolean failed(CaseResult result) {
        return result.outcome() != Outcome.PASSED;
    }

    private static Component outcome(CaseResult result) {
        Div outcome = new Div(RunTexts.outcome(result.outcome()));
        outcome.addClassName("eval-outcome-cell");
        if (result.regressed()) {
            outcome.add(RunTexts.regressed());
        }
        return outcome;
    }

    private static String answer(CaseResult result, int max) {
        if (result.answer() == null) {
            return result.outcome() == Outcome.ERRORED ? "No answer" : "Not kept (older than the retention)";
        }
        return RunTexts.shortened(result.answer(), max);
    }

    /** Everything about one case, unabridged. */
    private static Component details(CaseResult result) {
        Div details = new Div();
        details.addClassName("eval-result-details");
        details.add(RunTexts.textBlock("Question", result.question()), RunTexts.textBlock("Expected", result.expected()),
                RunTexts.textBlock("Answer", result.answer() == null ? answer(result, Integer.MAX_VALUE) : result.answer()));
        if (result.reason() != null) {
            details.add(RunTexts.textBlock("Reason", result.reason()));
        }
        details.add(new Span("Latency " + RunTexts.millis(result.latencyMs()) + " · tokens "
                + (result.promptTokens() == null ? RunTexts.NONE : result.promptTokens()) + " / "
                + (result.completionTokens() == null ? RunTexts.NONE : result.completionTokens())));
        return details;
    }
}
