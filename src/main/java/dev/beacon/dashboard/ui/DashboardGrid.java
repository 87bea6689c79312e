package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelData;
import dev.beacon.dashboard.PanelReading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The panels of a dashboard on a 12-column CSS grid, in order; each spans its width in columns and its
 * height in rows, and the grid packs them densely. In edit mode the panels can be moved (buttons, or
 * dragged onto another panel's place) and resized one column or row at a time; each change tells the
 * owner, which keeps the draft until it is saved.
 */
class DashboardGrid extends Div implements PanelCard.Actions {

    private final Function<Panel, PanelReading> reader;
    private final Runnable onChange;
    private final Consumer<PanelCard> onEdit;
    private final BiConsumer<Instant, Instant> onZoom;
    private final List<PanelCard> cards = new ArrayList<>();
    private boolean editing;

    DashboardGrid(Function<Panel, PanelReading> reader, Runnable onChange, Consumer<PanelCard> onEdit,
                  BiConsumer<Instant, Instant> onZoom) {
        this.reader = reader;
        this.onChange = onChange;
        this.onEdit = onEdit;
        this.onZoom = onZoom;
        addClassName("beacon-dashboard-grid");
    }

    void show(List<Panel> panels) {
        cards.clear();
        panels.forEach(panel -> cards.add(new PanelCard(panel, reader, this)));
        cards.forEach(card -> card.setEditing(editing));
        relayout();
    }

    /** The panels in their current order and size, as they would be saved. */
    List<Panel> panels() {
        return cards.stream().map(PanelCard::panel).toList();
    }

    boolean isEmpty() {
        return cards.isEmpty();
    }

    void setEditing(boolean editing) {
        this.editing = editing;
        cards.forEach(card -> card.setEditing(editing));
        getElement().setAttribute("editing", editing);
    }

    void addPanel(Panel panel) {
        PanelCard card = new PanelCard(panel, reader, this);
        card.setEditing(editing);
        cards.add(card);
        relayout();
        onChange.run();
    }

    void replace(PanelCard card, Panel changed) {
        card.setPanel(changed);
        onChange.run();
    }

    /** Reads every panel's data again, sending charts only new points where they can keep their series. */
    void refresh(boolean dataOnly) {
        cards.forEach(card -> card.refresh(dataOnly));
    }

    @Override
    public void move(PanelCard card, int delta) {
        int from = cards.indexOf(card);
        int to = Math.clamp(from + delta, 0, cards.size() - 1);
        if (from != to) {
            cards.remove(from);
            cards.add(to, card);
            relayout();
            onChange.run();
        }
    }

    @Override
    public void dropOn(PanelCard dragged, PanelCard target) {
        if (cards.contains(dragged) && cards.contains(target)) {
            move(dragged, cards.indexOf(target) - cards.indexOf(dragged));
        }
    }

    @Override
    public void resize(PanelCard card, int widthDelta, int heightDelta) {
        Panel panel = card.panel();
        int width = Math.clamp(panel.width() + widthDelta, 1, PanelData.GRID_COLUMNS);
        int height = Math.clamp(panel.height() + heightDelta, 1, PanelData.MAX_HEIGHT);
        if (width != panel.width() || height != panel.height()) {
            card.setPanelSize(width, height);
            onChange.run();
        }
    }

    @Override
    public void edit(PanelCard card) {
        onEdit.accept(card);
    }

    @Override
    public void remove(PanelCard card) {
        cards.remove(card);
        relayout();
        onChange.run();
    }

    @Override
    public void zoom(Instant from, Instant to) {
        onZoom.accept(from, to);
    }

    /** Puts the cards into the page in list order; cards already there are moved, not rebuilt. */
    private void relayout() {
        removeAll();
        cards.forEach(card -> add(card));
    }
}
