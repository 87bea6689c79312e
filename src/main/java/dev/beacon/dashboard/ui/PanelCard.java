package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelReading;

import java.time.Instant;
import java.util.function.Function;

/**
 * One panel of a dashboard: its title, what it shows, and its chart. In edit mode it also has buttons to
 * move and resize it (the keyboard way) and a handle to drag it onto another panel's place. Its width
 * and height are grid columns and rows (see dashboards.css).
 */
class PanelCard extends Div {

    /** What the dashboard does when the user arranges or edits this panel. */
    interface Actions {
        void move(PanelCard card, int delta);

        void resize(PanelCard card, int widthDelta, int heightDelta);

        void edit(PanelCard card);

        void remove(PanelCard card);

        void dropOn(PanelCard dragged, PanelCard target);

        void zoom(Instant from, Instant to);
    }

    private final Function<Panel, PanelReading> reader;
    private final Actions actions;
    private final H3 title = new H3();
    private final Span subtitle = new Span();
    private final Div tools = new Div();
    private final PanelContent content;
    private final DropTarget<PanelCard> dropTarget;
    private Panel panel;
    private boolean editing;

    PanelCard(Panel panel, Function<Panel, PanelReading> reader, Actions actions) {
        this.reader = reader;
        this.actions = actions;
        this.content = new PanelContent(actions::zoom);
        addClassName("beacon-panel");
        title.addClassName("beacon-panel-title");
        subtitle.addClassName("beacon-panel-subtitle");
        tools.addClassName("beacon-panel-tools");
        Div heading = new Div(title, subtitle);
        heading.addClassName("beacon-panel-heading");
        Div header = new Div(heading, tools);
        header.addClassName("beacon-panel-header");
        add(header, content);
        dropTarget = DropTarget.create(this);
        dropTarget.addDropListener(drop -> drop.getDragData()
                .filter(PanelCard.class::isInstance)
                .map(PanelCard.class::cast)
                .filter(dragged -> dragged != this)
                .ifPresent(dragged -> actions.dropOn(dragged, this)));
        setPanel(panel);
    }

    Panel panel() {
        return panel;
    }

    /** Shows the panel (new or changed) and reads its data. */
    void setPanel(Panel changed) {
        this.panel = changed;
        title.setText(changed.displayTitle());
        getElement().setAttribute("aria-label", changed.displayTitle());
        applySize();
        setEditing(editing);
        refresh(false);
    }

    /** A new size only: the chart follows its box, no data is read. */
    void setPanelSize(int width, int height) {
        panel = panel.withSize(width, height);
        applySize();
    }

    /** Reads the data again; with {@code dataOnly}, charts that keep their series get only new points. */
    void refresh(boolean dataOnly) {
        PanelReading reading = panel.models().isEmpty() ? null : reader.apply(panel);
        subtitle.setText(PanelNotes.subtitle(panel, reading));
        content.show(panel, reading, dataOnly);
    }

    void setEditing(boolean editing) {
        this.editing = editing;
        tools.removeAll();
        dropTarget.setActive(editing);
        if (editing) {
            tools.add(dragHandle(), tool(VaadinIcon.ARROW_LEFT, "Move earlier", () -> actions.move(this, -1)),
                    tool(VaadinIcon.ARROW_RIGHT, "Move later", () -> actions.move(this, 1)),
                    tool(VaadinIcon.ANGLE_LEFT, "Narrower", () -> actions.resize(this, -1, 0)),
                    tool(VaadinIcon.ANGLE_RIGHT, "Wider", () -> actions.resize(this, 1, 0)),
                    tool(VaadinIcon.ANGLE_UP, "Shorter", () -> actions.resize(this, 0, -1)),
                    tool(VaadinIcon.ANGLE_DOWN, "Taller", () -> actions.resize(this, 0, 1)),
                    tool(VaadinIcon.EDIT, "Edit panel", () -> actions.edit(this)),
                    tool(VaadinIcon.TRASH, "Remove panel", () -> actions.remove(this)));
        }
    }

    /** Puts the panel's width and height into its grid placement. */
    void applySize() {
        getStyle().set("--beacon-panel-width", String.valueOf(panel.width()))
                .set("--beacon-panel-height", String.valueOf(panel.height()));
        getElement().setAttribute("data-size", panel.width() + "x" + panel.height());
    }

    private Component dragHandle() {
        Icon handle = VaadinIcon.ARROWS_CROSS.create();
        handle.addClassName("beacon-panel-handle");
        handle.setTooltipText("Drag onto another panel to take its place");
        handle.getElement().setAttribute("aria-hidden", "true");
        DragSource<Icon> drag = DragSource.create(handle);
        drag.setDragData(this);
        return handle;
    }

    private Button tool(VaadinIcon icon, String action, Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(action + ": " + panel.displayTitle());
        button.setTooltipText(action);
        return button;
    }
}
