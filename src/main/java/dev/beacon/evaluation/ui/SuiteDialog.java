package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.util.List;
import java.util.function.Consumer;

/**
 * Creates a suite ("New suite": team, name, description, default scorer) or edits one ("Edit"; the team stays).
 * The service's verdict appears next to the fields; a lost race with another editor offers to reload.
 */
class SuiteDialog extends FormDialog {

    private final SuiteService suites;
    private final Suite editing;
    private final Consumer<Suite> onSaved;
    final Select<TeamChoice> team = new Select<>();
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final ScorerEditor scorer;

    /** @param editing the suite to edit, or null for a new one in one of {@code teams} */
    SuiteDialog(SuiteService suites, SuiteChoices choices, List<TeamChoice> teams, Suite editing, Consumer<Suite> onSaved) {
        super(editing == null ? "New suite" : "Edit " + editing.data().name(), editing == null ? "Create suite" : "Save changes");
        this.suites = suites;
        this.editing = editing;
        this.onSaved = onSaved;
        setWidth("min(40rem, 95vw)");
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(choice -> choice == null ? "" : choice.name());
        name.setMaxLength(SuiteData.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("e.g. Smoke QA; the accuracy series is named after it");
        description.setMaxLength(SuiteData.MAX_DESCRIPTION);
        description.setMinHeight("4em");
        scorer = new ScorerEditor(List.of(), null);
        team.addValueChangeListener(event -> scorer.setJudges(
                event.getValue() == null ? List.of() : choices.modelsOf(event.getValue().id())));
        form.add(team, name, description, scorer);
        errors.bind("team", team).bind("name", name).bind("description", description);
        scorer.bindTo(errors, "defaultScorer");
        keepEnterIn(description, team, scorer.type, scorer.rubric);
        if (editing == null) {
            if (!teams.isEmpty()) {
                team.setValue(teams.getFirst());
            }
        } else {
            TeamChoice own = new TeamChoice(editing.team(), editing.teamName());
            team.setItems(own);
            team.setValue(own);
            team.setReadOnly(true);
            name.setValue(editing.data().name());
            description.setValue(editing.data().description() == null ? "" : editing.data().description());
            scorer.setValue(editing.data().defaultScorer());
        }
    }

    void show() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        if (team.getValue() == null) {
            errors.show("team", "Choose the team the suite belongs to");
            return false;
        }
        SuiteData data = new SuiteData(name.getValue(), description.getValue(), scorer.value());
        Suite[] saved = new Suite[1];
        boolean accepted = FormSubmission.succeeded(errors, () -> saved[0] = editing == null
                ? suites.create(team.getValue().id(), data)
                : suites.update(editing.id(), data, editing.version()));
        if (accepted) {
            Notifications.success((editing == null ? "Created " : "Saved ") + saved[0].data().name());
            onSaved.accept(saved[0]);
        }
        return accepted;
    }
}
