package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunPair;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.List;

/** Runs the suite on two of its models at once and opens the comparison, which follows both runs to the end. */
class CompareModelsDialog extends FormDialog {

    private final RunCompareService compare;
    private final SuitePage page;
    final Select<Attachment> a = new Select<>();
    final Select<Attachment> b = new Select<>();

    CompareModelsDialog(RunCompareService compare, SuitePage page, List<Attachment> attached) {
        super("Compare models", "Run both and compare");
        this.compare = compare;
        this.page = page;
        a.setLabel("Model A");
        b.setLabel("Model B");
        for (Select<Attachment> model : List.of(a, b)) {
            model.setItems(attached);
            model.setItemLabelGenerator(attachment -> attachment == null ? "" : attachment.modelName());
        }
        a.setValue(attached.get(0));
        b.setValue(attached.get(1));
        form.add(a, b);
        errors.bind("a", a).bind("b", b);
        keepEnterIn(a, b);
    }

    void show() {
        openFocused(a);
    }

    @Override
    protected boolean save() {
        if (a.getValue().model().equals(b.getValue().model())) {
            errors.show("b", "Choose a different model than A");
            return false;
        }
        RunPair[] started = new RunPair[1];
        boolean accepted = FormSubmission.succeeded(errors, () -> started[0] =
                compare.startComparison(page.suite().id(), a.getValue().model(), b.getValue().model()));
        if (accepted) {
            UI.getCurrent().navigate(RunLinks.COMPARE, RunLinks.compareQuery(started[0].a().id(), started[0].b().id()));
        }
        return accepted;
    }
}
