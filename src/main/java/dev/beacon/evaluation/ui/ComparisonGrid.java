package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.beacon.evaluation.ComparedCase;
import dev.beacon.evaluation.Comparison.Change;
import dev.beacon.evaluation.Outcome;
import dev.beacon.shared.ui.Badges;

import java.util.Comparator;
import java.util.List;

/**
 * Two runs case by case: the change (Regressed, Improved, Same, only in A or B) in words and colour, the question, the
 * expected answer and each run's outcome and answer. Regressed cases come first. A click opens the full answers.
 */
class ComparisonGrid extends Grid<ComparedCase> {

    private static final int SHOWN_CHARACTERS = 120;
    private static final List<Change> ORDER = List.of(Change.REGRESSED, Change.IMPROVED, Change.ONLY_A, Change.ONLY_B, Change.SAME);

    ComparisonGrid(String labelA, String labelB) {
        addClassName("eval-comparison");
        setAriaLabel("Cases compared");
        addComponentColumn(ComparisonGrid::change).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> RunTexts.shortened(row.question(), SHOWN_CHARACTERS)).setHeader("Question").setFlexGrow(3);
        addColumn(row -> RunTexts.shortened(row.expected(), SHOWN_CHARACTERS)).setHeader("Expected").setFlexGrow(2);
        addComponentColumn(row -> side(row.outcomeA(), row.answerA())).setHeader("A: " + labelA).setFlexGrow(3);
        addComponentColumn(row -> side(row.outcomeB(), row.answerB())).setHeader("B: " + labelB).setFlexGrow(3);
        setPartNameGenerator(row -> row.change() == Change.REGRESSED ? "regressed" : null);
        setItemDetailsRenderer(new ComponentRenderer<>(ComparisonGrid::details));
        setDetailsVisibleOnClick(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    /** Shows the cases, regressed ones first; within a kind of change the service's (case) order stays. */
    void show(List<ComparedCase> cases) {
        setItems(cases.stream().sorted(Comparator.comparingInt(row -> ORDER.indexOf(row.change()))).toList());
    }

    static String label(Change change) {
        return switch (change) {
            case REGRESSED -> "Regressed";
            case IMPROVED -> "Improved";
            case SAME -> "Same";
            case ONLY_A -> "Only in A";
            case ONLY_B -> "Only in B";
        };
    }

    private static Component change(ComparedCase row) {
        Span badge = Badges.badge(label(row.change()), switch (row.change()) {
            case REGRESSED -> Badges.Tone.ERROR;
            case IMPROVED -> Badges.Tone.SUCCESS;
            case SAME -> Badges.Tone.NEUTRAL;
            case ONLY_A, ONLY_B -> Badges.Tone.CONTRAST;
        });
        if (row.change() == Change.REGRESSED) {
            badge.getElement().getThemeList().add("primary");
        }
        badge.addClassName("eval-change");
        return badge;
    }

    private static Component side(Outcome outcome, String answer) {
        if (outcome == null) {
            return new Span("Not in this run");
        }
        Span text = new Span(answer == null ? " No answer" : " " + RunTexts.shortened(answer, SHOWN_CHARACTERS));
        return new Div(RunTexts.outcome(outcome), text);
    }

    private static Component details(ComparedCase row) {
        Div details = new Div();
        details.addClassName("eval-result-details");
        details.add(RunTexts.textBlock("Question", row.question()), RunTexts.textBlock("Expected", row.expected()),
                RunTexts.textBlock("Answer A" + score(row.scoreA()), row.answerA()), RunTexts.textBlock("Answer B" + score(row.scoreB()), row.answerB()));
        return details;
    }

    private static String score(Double score) {
        return score == null ? "" : " (score " + RunTexts.score(score) + ")";
    }
}
