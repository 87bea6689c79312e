package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.beacon.shared.ui.EmptyState;

/**
 * What the Evaluations page says before there is a suite: what a suite is, the file formats cases are imported
 * from (documented in docs/evaluation-formats.md), and a CSV example short enough to type.
 */
final class SuitesEmptyState {

    static final String CSV_EXAMPLE = """
            prompt,expected,scorer
            What is 7 * 6?,42,number
            What is the capital of France?,Paris,contains""";

    private static final String WHAT_A_SUITE_IS = "A suite is a team's set of golden test cases: questions (or chat "
            + "conversations) with the answers you expect. Attach it to models and Beacon sends the cases to each "
            + "model's own endpoint, on a schedule or when you press Run now, scores the answers and records the "
            + "accuracy, which dashboards show and alert rules watch.";

    private SuitesEmptyState() {
    }

    /** @param create the button that opens "New suite", or null for someone who may not create one */
    static EmptyState of(Component create) {
        EmptyState empty = create == null
                ? new EmptyState("No evaluation suites yet", WHAT_A_SUITE_IS)
                : new EmptyState("No evaluation suites yet", WHAT_A_SUITE_IS, create);
        Paragraph formats = new Paragraph("Write cases on the suite's page, or import them from CSV (a header row, "
                + "then one case per line) or JSONL (one JSON object per line); both formats are described in "
                + "docs/evaluation-formats.md. A CSV file can be as small as this:");
        Pre example = new Pre(CSV_EXAMPLE);
        example.addClassName("csv-example");
        empty.addComponentAtIndex(2, formats);
        empty.addComponentAtIndex(3, example);
        empty.addClassName("suites-empty-state");
        return empty;
    }
}
