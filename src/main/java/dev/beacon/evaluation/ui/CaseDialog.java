package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Adds a case to a suite or edits one: a prompt (with an optional system message) or a whole chat conversation, the
 * expected answer, a scorer of its own or the suite's default, and tags.
 */
class CaseDialog extends FormDialog {

    static final String PROMPT = "Single prompt";
    static final String CHAT = "Chat messages";

    private final SuiteService suites;
    private final SuitePage page;
    private final EvalCase editing;
    final RadioButtonGroup<String> input = new RadioButtonGroup<>("Input");
    final TextArea system = new TextArea("System message (optional)");
    final TextArea prompt = new TextArea("Prompt");
    final TextArea messages = new TextArea("Chat messages (JSON)");
    final TextArea expected = new TextArea("Expected answer");
    final ScorerEditor scorer;
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");

    /** @param editing the case to edit, or null for a new one */
    CaseDialog(SuiteService suites, SuitePage page, EvalCase editing) {
        super(editing == null ? "Add case" : "Edit case", editing == null ? "Add case" : "Save changes");
        this.suites = suites;
        this.page = page;
        this.editing = editing;
        setWidth("min(44rem, 95vw)");
        input.setItems(PROMPT, CHAT);
        input.setValue(PROMPT);
        input.addValueChangeListener(event -> showInput());
        prompt.setRequiredIndicatorVisible(true);
        prompt.setMinHeight("4em");
        messages.setMinHeight("8em");
        messages.setHelperText("A JSON array of {\"role\": \"system\" | \"user\" | \"assistant\", \"content\": \"…\"}");
        messages.addClassName("beacon-json");
        expected.setMinHeight("3em");
        expected.setHelperText("For contains any/all: alternatives separated by | ; for a regular expression: the pattern");
        scorer = new ScorerEditor(page.teamModels(), "Suite default: "
                + ScorerText.describe(page.suite().data().defaultScorer(), page::modelName));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> {
            LinkedHashSet<String> chosen = new LinkedHashSet<>(tags.getValue());
            chosen.add(event.getDetail().strip());
            tags.setItems(new ArrayList<>(chosen));
            tags.setValue(chosen);
        });
        tags.setHelperText("Type a tag and press Enter, e.g. arithmetic");
        form.add(input, system, prompt, messages, expected, scorer, tags);
        errors.bind("messages", messages).bind("prompt", prompt).bind("expected", expected).bind("tags", tags);
        scorer.bindTo(errors, "scorer");
        keepEnterIn(system, prompt, messages, expected, scorer.type, scorer.rubric);
        if (editing != null) {
            read(editing);
        }
        showInput();
    }

    void show() {
        openFocused(CHAT.equals(input.getValue()) ? messages : prompt);
    }

    private void read(EvalCase evalCase) {
        CaseData data = evalCase.data();
        if (CaseMessages.isPrompt(data.messages())) {
            input.setValue(PROMPT);
            List<ChatMessage> conversation = data.messages();
            system.setValue(conversation.size() == 2 ? conversation.getFirst().content() : "");
            prompt.setValue(conversation.getLast().content());
        } else {
            input.setValue(CHAT);
        }
        messages.setValue(CaseMessages.toJson(data.messages()));
        expected.setValue(data.expected() == null ? "" : data.expected());
        scorer.setValue(data.scorer());
        tags.setItems(data.tags());
        tags.setValue(new LinkedHashSet<>(data.tags()));
    }

    private void showInput() {
        boolean chat = CHAT.equals(input.getValue());
        system.setVisible(!chat);
        prompt.setVisible(!chat);
        messages.setVisible(chat);
    }

    private CaseData write() {
        List<ChatMessage> conversation = CHAT.equals(input.getValue())
                ? CaseMessages.fromJson(messages.getValue())
                : CaseMessages.ofPrompt(system.getValue(), prompt.getValue());
        return new CaseData(conversation, expected.getValue(), scorer.value(), List.copyOf(tags.getValue()));
    }

    @Override
    protected boolean save() {
        if (PROMPT.equals(input.getValue()) && prompt.getValue().isBlank()) {
            errors.show("prompt", "Enter the prompt the model is asked");
            return false;
        }
        // the service's verdict on the messages belongs to whichever field shows them
        errors.bind("messages", CHAT.equals(input.getValue()) ? messages : prompt);
        boolean accepted = FormSubmission.succeeded(errors, () -> {
            CaseData data = write();
            if (editing == null) {
                suites.addCase(page.suite().id(), data);
            } else {
                suites.updateCase(editing.id(), data);
            }
        });
        if (accepted) {
            Notifications.success(editing == null ? "Added the case" : "Saved the case");
            page.reload().run();
        }
        return accepted;
    }
}
