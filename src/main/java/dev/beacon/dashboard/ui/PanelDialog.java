package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.dashboard.Aggregation;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.ModelRef;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelData;
import dev.beacon.dashboard.PanelMetric;
import dev.beacon.shared.ui.FormDialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds a panel to the dashboard being edited, or changes one: what it shows (metric, aggregation, models)
 * and how (chart). Only combinations that work are offered; the panel goes into the draft, which the
 * editor saves as a whole. A panel keeps the models on it that this editor cannot see.
 */
class PanelDialog extends FormDialog {

    private final TextField title = new TextField("Title");
    private final Select<PanelMetric> metric = new Select<>();
    private final ComboBox<String> scoreName = new ComboBox<>("Score");
    private final Select<ChartType> chart = new Select<>();
    private final Select<Aggregation> aggregation = new Select<>();
    private final MultiSelectComboBox<ModelRef> models = new MultiSelectComboBox<>("Models");
    private final Panel original;
    private final Function<List<ModelRef>, List<String>> scoreNames;
    private final Consumer<Panel> onSave;

    PanelDialog(Panel original, List<ModelRef> choices, Function<List<ModelRef>, List<String>> scoreNames,
                Consumer<Panel> onSave) {
        super(original == null ? "Add panel" : "Edit panel", original == null ? "Add to dashboard" : "Apply");
        this.original = original;
        this.scoreNames = scoreNames;
        this.onSave = onSave;
        title.setMaxLength(PanelData.MAX_TITLE);
        title.setPlaceholder("Made from what it shows, e.g. Latency p95");
        metric.setLabel("Metric");
        metric.setItems(PanelMetric.values());
        metric.setItemLabelGenerator(PanelMetric::label);
        scoreName.setAllowCustomValue(true);
        scoreName.addCustomValueSetListener(e -> scoreName.setValue(e.getDetail()));
        scoreName.setHelperText("An evaluation score these models received, e.g. faithfulness");
        chart.setLabel("Chart");
        chart.setItemLabelGenerator(ChartType::label);
        aggregation.setLabel("Aggregation");
        aggregation.setItemLabelGenerator(Aggregation::label);
        models.setItems(choices);
        models.setItemLabelGenerator(model -> model.name() + " (" + model.teamName() + ")");
        models.setHelperText(original != null && original.hiddenModels() > 0
                ? original.hiddenModels() + " more on this panel that you cannot see; they stay on it" : null);
        errors.bind("title", title).bind("models", models).bind("scoreName", scoreName);
        title.setHelperText("Optional");
        form.add(models, metric, scoreName, chart, aggregation, title);

        metric.addValueChangeListener(e -> offerFitting());
        chart.addValueChangeListener(e -> offerAggregations());
        models.addValueChangeListener(e -> offerScoreNames());
        fill(original, choices);
        keepEnterIn(metric, chart, aggregation);
    }

    void openDialog(boolean focusModels) {
        openFocused(focusModels ? models : metric);
    }

    private void fill(Panel panel, List<ModelRef> choices) {
        if (panel == null) {
            metric.setValue(PanelMetric.LATENCY);
            chart.setValue(ChartType.LINE);
            return;
        }
        title.setValue(panel.title());
        metric.setValue(panel.metric());
        chart.setValue(panel.chart());
        aggregation.setValue(panel.aggregation());
        scoreName.setValue(panel.scoreName());
        models.setValue(choices.stream().filter(choice -> panel.models().stream().anyMatch(m -> m.id().equals(choice.id()))).toList());
    }

    /** Heat maps only for distributions; then the aggregations the chart and metric allow. */
    private void offerFitting() {
        PanelMetric chosen = metric.getValue();
        ChartType before = chart.getValue();
        List<ChartType> charts = new ArrayList<>(Arrays.asList(ChartType.values()));
        if (chosen.distributionMetric().isEmpty()) {
            charts.remove(ChartType.HEATMAP);
        }
        chart.setItems(charts);
        chart.setValue(before != null && charts.contains(before) ? before : ChartType.LINE);
        scoreName.setVisible(chosen == PanelMetric.SCORE);
        offerAggregations();
        offerScoreNames();
    }

    private void offerAggregations() {
        PanelMetric chosen = metric.getValue();
        if (chosen == null || chart.getValue() == null) {
            return;
        }
        Aggregation before = aggregation.getValue();
        List<Aggregation> fitting = chosen.aggregations().stream()
                .filter(a -> chart.getValue() == ChartType.HEATMAP ? a == Aggregation.DISTRIBUTION : a != Aggregation.DISTRIBUTION)
                .toList();
        aggregation.setItems(fitting);
        aggregation.setValue(fitting.contains(before) ? before
                : fitting.contains(chosen.defaultAggregation()) ? chosen.defaultAggregation() : fitting.getFirst());
    }

    private void offerScoreNames() {
        if (metric.getValue() == PanelMetric.SCORE) {
            String typed = scoreName.getValue();
            scoreName.setItems(scoreNames.apply(List.copyOf(models.getValue())));
            scoreName.setValue(typed);
        }
    }

    @Override
    protected boolean save() {
        List<ModelRef> chosen = models.getValue().stream().toList();
        if (chosen.isEmpty() && (original == null || original.hiddenModels() == 0)) {
            return !errors.show("models", "Choose at least one model");
        }
        if (chosen.size() > PanelData.MAX_MODELS) {
            return !errors.show("models", "Choose at most " + PanelData.MAX_MODELS + " models");
        }
        if (metric.getValue() == PanelMetric.SCORE && (scoreName.getValue() == null || scoreName.getValue().isBlank())) {
            return !errors.show("scoreName", "Name the score, e.g. faithfulness");
        }
        ChartType type = chart.getValue();
        boolean sameChart = original != null && original.chart() == type;
        onSave.accept(new Panel(original == null ? null : original.id(), title.getValue().strip(), metric.getValue(),
                metric.getValue() == PanelMetric.SCORE ? scoreName.getValue().strip() : null, aggregation.getValue(), type,
                sameChart ? original.width() : type.defaultWidth(), sameChart ? original.height() : type.defaultHeight(),
                chosen, original == null ? 0 : original.hiddenModels()));
        return true;
    }
}
