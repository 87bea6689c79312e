package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.maintenance.BeforeAfter;
import dev.beacon.maintenance.BeforeAfterFigure;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;

import java.time.Duration;
import java.util.Locale;

/**
 * The model's figures before and after the change, side by side, with the change in percent and in words ("↓ 25.6 %
 * better"), green for better and red for worse — the words carry the verdict, the colour only repeats it.
 */
class BeforeAfterTable extends Div {

    BeforeAfterTable(BeforeAfter result) {
        addClassName("before-after");
        if (!result.enoughData()) {
            Paragraph empty = new Paragraph(BeforeAfter.NOT_ENOUGH_DATA + ". The comparison needs at least an hour of "
                    + "telemetry after the ticket was done (" + UserTime.format(result.change()) + ").");
            empty.addClassName("before-after-empty");
            add(empty);
            return;
        }
        add(new Paragraph("The " + describe(result.window()) + " before and after the ticket was done ("
                + UserTime.format(result.change()) + ")."));
        Grid<BeforeAfterFigure> grid = new Grid<>();
        grid.setAriaLabel("Before and after");
        grid.addColumn(BeforeAfterFigure::label).setHeader("Figure").setFlexGrow(2);
        grid.addColumn(figure -> amount(figure.before(), figure.unit())).setHeader("Before").setAutoWidth(true);
        grid.addColumn(figure -> amount(figure.after(), figure.unit())).setHeader("After").setAutoWidth(true);
        grid.addComponentColumn(BeforeAfterTable::change).setHeader("Change").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(result.figures());
        add(grid);
    }

    private static Component change(BeforeAfterFigure figure) {
        Badges.Tone tone = switch (figure.verdict()) {
            case BETTER -> Badges.Tone.SUCCESS;
            case WORSE -> Badges.Tone.ERROR;
            case SAME, UNKNOWN -> Badges.Tone.CONTRAST;
        };
        Span change = Badges.badge(figure.describeChange(), tone);
        change.addClassName("change-" + figure.verdict().name().toLowerCase(Locale.ROOT));
        return change;
    }

    static String amount(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        String number = Math.abs(value) >= 100 ? String.format(Locale.ENGLISH, "%,.0f", value)
                : String.format(Locale.ENGLISH, "%,.2f", value);
        return unit.isEmpty() ? number : unit.equals("%") ? number + " %" : number + " " + unit;
    }

    private static String describe(Duration window) {
        long hours = window.toHours();
        if (hours >= 48) {
            return window.toDays() + " days";
        }
        return hours == 1 ? "hour" : hours + " hours";
    }
}
