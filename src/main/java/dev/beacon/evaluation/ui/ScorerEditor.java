package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.ui.SuiteChoices.ModelOption;
import dev.beacon.shared.ui.FieldErrors;

import java.util.List;
import java.util.Objects;

/**
 * Picks a scorer and its options: what exact match ignores, the tolerance of a number, and for an LLM judge the
 * judge model (one of the team's), the rubric and the pass threshold. Only the options of the chosen scorer show.
 * As a case's override it may also be left empty, which means "the suite's default scorer".
 */
class ScorerEditor extends Div {

    static final double DEFAULT_PASS_THRESHOLD = 0.7;

    final Select<ScorerKind> type = new Select<>();
    final Checkbox ignoreCase = new Checkbox("Ignore case", true);
    final Checkbox ignoreWhitespace = new Checkbox("Ignore whitespace", true);
    final Checkbox ignorePunctuation = new Checkbox("Ignore punctuation", true);
    final Checkbox numbersAsWords = new Checkbox("Numbers as words (twelve = 12)", true);
    final NumberField tolerance = new NumberField("Tolerance (±)");
    final ComboBox<ModelOption> judge = new ComboBox<>("Judge model");
    final TextArea rubric = new TextArea("Rubric");
    final NumberField passThreshold = new NumberField("Pass threshold (0–1)");

    /**
     * @param judges the team's models, which may judge answers
     * @param defaultCaption null for a suite's scorer (one must be chosen), else the caption of "use the suite's default"
     */
    ScorerEditor(List<ModelOption> judges, String defaultCaption) {
        addClassName("scorer-editor");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        type.setLabel("Scorer");
        type.setItems(ScorerKind.values());
        type.setItemLabelGenerator(kind -> kind == null ? defaultCaption : kind.label());
        if (defaultCaption == null) {
            type.setValue(ScorerKind.EXACT);
        } else {
            type.setEmptySelectionAllowed(true);
            type.setEmptySelectionCaption(defaultCaption);
        }
        type.addValueChangeListener(event -> showOptions());
        tolerance.setValue(0.0);
        tolerance.setMin(0);
        tolerance.setStep(0.01);
        tolerance.setHelperText("The last number in the answer may differ from the expected number by this much");
        judge.setItems(judges);
        judge.setItemLabelGenerator(ModelOption::name);
        judge.setHelperText("A model of the same team; it answers {\"score\": 0..1, \"reason\": \"…\"}");
        rubric.setHelperText("What the judge should look for, e.g. \"Correct and polite; no made-up facts\"");
        rubric.setMinHeight("5em");
        rubric.setMaxLength(Scorer.LlmJudge.MAX_RUBRIC);
        passThreshold.setValue(DEFAULT_PASS_THRESHOLD);
        passThreshold.setMin(0);
        passThreshold.setMax(1);
        passThreshold.setStep(0.05);
        add(type, ignoreCase, ignoreWhitespace, ignorePunctuation, numbersAsWords, tolerance, judge, rubric, passThreshold);
        showOptions();
    }

    /** The models that may judge, e.g. after the team of a new suite was chosen. */
    void setJudges(List<ModelOption> judges) {
        judge.setItems(judges);
    }

    /** The chosen scorer, or null for "the suite's default". */
    Scorer value() {
        ScorerKind kind = type.getValue();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case EXACT -> new Scorer.ExactMatch(ignoreCase.getValue(), ignoreWhitespace.getValue(),
                    ignorePunctuation.getValue(), numbersAsWords.getValue());
            case CONTAINS -> new Scorer.Contains(ignoreCase.getValue());
            case CONTAINS_ANY -> new Scorer.ContainsAny(ignoreCase.getValue());
            case CONTAINS_ALL -> new Scorer.ContainsAll(ignoreCase.getValue());
            case REGEX -> new Scorer.Regex();
            case JSON -> new Scorer.ValidJson();
            case NUMBER -> new Scorer.NumberWithin(Objects.requireNonNullElse(tolerance.getValue(), 0.0));
            case CHOICE -> new Scorer.MultipleChoice();
            case JUDGE -> new Scorer.LlmJudge(judge.getValue() == null ? null : judge.getValue().id(), rubric.getValue(),
                    Objects.requireNonNullElse(passThreshold.getValue(), DEFAULT_PASS_THRESHOLD));
        };
    }

    void setValue(Scorer scorer) {
        type.setValue(scorer == null ? null : ScorerKind.of(scorer));
        switch (scorer) {
            case Scorer.ExactMatch exact -> {
                ignoreCase.setValue(exact.ignoreCase());
                ignoreWhitespace.setValue(exact.ignoreWhitespace());
                ignorePunctuation.setValue(exact.ignorePunctuation());
                numbersAsWords.setValue(exact.numbersAsWords());
            }
            case Scorer.Contains contains -> ignoreCase.setValue(contains.ignoreCase());
            case Scorer.ContainsAny any -> ignoreCase.setValue(any.ignoreCase());
            case Scorer.ContainsAll all -> ignoreCase.setValue(all.ignoreCase());
            case Scorer.NumberWithin number -> tolerance.setValue(number.tolerance());
            case Scorer.LlmJudge llm -> {
                judge.getListDataView().getItems().filter(model -> model.id().equals(llm.judge())).findFirst()
                        .ifPresent(judge::setValue);
                rubric.setValue(Objects.requireNonNullElse(llm.rubric(), ""));
                passThreshold.setValue(llm.passThreshold());
            }
            case null, default -> {
                // the other scorers have no options
            }
        }
    }

    /** Lets the service's verdict on the scorer (named e.g. "scorer.rubric" or "rubric") appear at its field. */
    void bindTo(FieldErrors errors, String property) {
        errors.bind(property, type);
        bind(errors, property, "tolerance", tolerance);
        bind(errors, property, "judge", judge);
        bind(errors, property, "judgeModelId", judge);
        bind(errors, property, "rubric", rubric);
        bind(errors, property, "passThreshold", passThreshold);
    }

    private static void bind(FieldErrors errors, String property, String option,
                             com.vaadin.flow.component.HasValidation field) {
        errors.bind(property + "." + option, field).bind(option, field);
    }

    private void showOptions() {
        ScorerKind kind = type.getValue();
        boolean exact = kind == ScorerKind.EXACT;
        ignoreCase.setVisible(exact || kind == ScorerKind.CONTAINS || kind == ScorerKind.CONTAINS_ANY
                || kind == ScorerKind.CONTAINS_ALL);
        ignoreWhitespace.setVisible(exact);
        ignorePunctuation.setVisible(exact);
        numbersAsWords.setVisible(exact);
        tolerance.setVisible(kind == ScorerKind.NUMBER);
        judge.setVisible(kind == ScorerKind.JUDGE);
        rubric.setVisible(kind == ScorerKind.JUDGE);
        passThreshold.setVisible(kind == ScorerKind.JUDGE);
    }
}
