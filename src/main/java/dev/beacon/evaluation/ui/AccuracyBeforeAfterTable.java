package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.evaluation.Run;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Per attached suite: the accuracy before and after the ticket was done, the change in points ("+5 points" in green,
 * "−12 points" in red: the words carry the verdict, the colour repeats it) and a link to the case-by-case comparison.
 */
class AccuracyBeforeAfterTable extends Div {

    AccuracyBeforeAfterTable(List<AccuracyBeforeAfter> rows, Instant change) {
        addClassName("accuracy-before-after");
        add(new Paragraph("The last completed evaluation run of each suite before the ticket was done ("
                + UserTime.format(change) + ") and the first one after it."));
        Grid<AccuracyBeforeAfter> grid = new Grid<>();
        grid.setAriaLabel("Accuracy before and after");
        grid.addColumn(AccuracyBeforeAfter::suiteName).setHeader("Suite").setFlexGrow(2);
        grid.addComponentColumn(row -> side(row.before(), "No completed run before")).setHeader("Before").setAutoWidth(true);
        grid.addComponentColumn(row -> side(row.after(), "No completed run yet")).setHeader("After").setAutoWidth(true);
        grid.addComponentColumn(AccuracyBeforeAfterTable::change).setHeader("Change").setAutoWidth(true);
        grid.addComponentColumn(AccuracyBeforeAfterTable::compare).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        add(grid);
    }

    private static Component side(Optional<Run> run, String missing) {
        return run.<Component>map(found -> {
            Div side = new Div(EvaluationLinks.link(RunLinks.run(found.id()), RunTexts.accuracy(found.accuracy())));
            Span detail = new Span(" · " + RunTexts.version(found.modelVersionLabel()) + " · " + UserTime.format(found.startedAt()));
            detail.addClassName("eval-secondary");
            side.add(detail);
            return side;
        }).orElseGet(() -> new Span(missing));
    }

    private static Component change(AccuracyBeforeAfter row) {
        return row.change().<Component>map(text -> {
            Badges.Tone tone = row.direction() > 0 ? Badges.Tone.SUCCESS : row.direction() < 0 ? Badges.Tone.ERROR : Badges.Tone.CONTRAST;
            Span badge = Badges.badge(row.direction() > 0 ? text + " better" : row.direction() < 0 ? text + " worse" : text, tone);
            badge.addClassName(row.direction() > 0 ? "change-better" : row.direction() < 0 ? "change-worse" : "change-same");
            return badge;
        }).orElseGet(() -> new Span(RunTexts.NONE));
    }

    private static Component compare(AccuracyBeforeAfter row) {
        if (!row.comparable()) {
            return new Span();
        }
        return EvaluationLinks.link(EvaluationLinks.compare(row.before().get().id(), row.after().get().id()), "Compare case by case");
    }
}
