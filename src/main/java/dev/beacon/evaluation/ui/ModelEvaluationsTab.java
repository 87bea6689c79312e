package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunService;
import dev.beacon.registry.ModelService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;

/**
 * Adds the "Evaluations" tab to every model page: the golden test suites attached to the model with their schedule,
 * latest accuracy and trend, Run now for EDITORs with its live progress, and the model's recent runs.
 */
@org.springframework.stereotype.Component
class ModelEvaluationsTab implements ModelPageTab {

    static final String LABEL = "Evaluations";

    private final AttachmentService attachments;
    private final RunService runs;
    private final SuiteChoices choices;
    private final ModelService models;

    ModelEvaluationsTab(AttachmentService attachments, RunService runs, SuiteChoices choices, ModelService models) {
        this.attachments = attachments;
        this.runs = runs;
        this.choices = choices;
        this.models = models;
    }

    @Override
    public String label() {
        return LABEL;
    }

    /** After the Tickets tab (30). */
    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(ModelId model) {
        // the model page has checked that the user may see the model
        boolean canRun = choices.canEdit(models.get(model).team());
        return new ModelEvaluations(attachments, runs, canRun, model);
    }
}
