package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ModelFormViewBrowserlessTest extends ViewTest {

    @Autowired
    private ModelService models;
    @Autowired
    private ModelCredentials credentials;

    private Team team;
    private UserAccount editor;

    @BeforeEach
    void editorOfOneTeam() {
        team = fixtures.team("form");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void endpoint_without_http_is_marked_on_the_endpoint_field_and_nothing_is_registered() {
        openRegistrationWithValidInput();
        test(field("Endpoint base URL")).setValue("gpu-node-7:8000");
        register();

        assertThat(invalidFields()).containsExactly(
                entry("Endpoint base URL", "Enter an http:// or https:// URL, e.g. http://gpu-node-1:8000"));
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void blank_served_model_name_is_marked_on_its_field_and_nothing_is_registered() {
        openRegistrationWithValidInput();
        test(field("Served model name")).setValue("   ");
        register();

        assertThat(invalidFields()).containsExactly(
                entry("Served model name", "Enter the model name the server knows, e.g. meta-llama/Llama-3.1-8B-Instruct"));
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void context_window_of_zero_tokens_is_marked_on_its_field_and_nothing_is_registered() {
        openRegistrationWithValidInput();
        test(findInView(IntegerField.class).withLabel("Context window (tokens)").single()).setValue(0);
        register();

        assertThat(invalidFields()).containsExactly(entry("Context window (tokens)", "Must be at least 1 token"));
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void temperature_above_two_is_marked_on_its_field_and_nothing_is_registered() {
        openRegistrationWithValidInput();
        test(findInView(BigDecimalField.class).withLabel("Default temperature").single()).setValue(new BigDecimal("2.5"));
        register();

        assertThat(invalidFields()).containsExactly(entry("Default temperature", "Must be between 0 and 2"));
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void tag_with_a_space_is_marked_on_the_tags_field_and_nothing_is_registered() {
        openRegistrationWithValidInput();
        typeCustomTag("GPU node");
        register();

        assertThat(invalidFields()).containsExactly(
                entry("Tags", "Tags use 1–40 lowercase letters, digits, dots, dashes, colons or underscores"));
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void user_who_edits_in_two_teams_must_choose_one_and_is_told_at_the_team_field() {
        Team second = fixtures.team("second");
        fixtures.member(second, editor, TeamRole.EDITOR);
        openRegistrationWithValidInput();
        assertThat(teamField().getValue()).isNull();

        register();

        assertThat(invalidFields()).containsExactly(entry("Team", "Choose the team that runs the model"));
        assertThat(modelsOfTeam()).isZero();
        assertThat(getCurrentView()).isInstanceOf(ModelFormView.class);
    }

    @Test
    void name_already_used_in_the_team_is_marked_on_the_name_field() {
        Model existing = fixtures.model(team, "taken");
        openRegistrationWithValidInput();
        test(field("Name")).setValue(existing.data().name());
        register();

        assertThat(invalidFields()).containsExactly(entry("Name", "The team already has a model with this name"));
        assertThat(modelsOfTeam()).isEqualTo(1);
    }

    @Test
    void the_only_team_the_user_edits_in_is_preselected_and_registering_opens_the_new_model() {
        openRegistrationWithValidInput();
        assertThat(teamField().getValue()).isEqualTo(new TeamChoice(team.id(), team.name()));

        register();

        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);
        assertThat(modelsOfTeam()).isEqualTo(1);
    }

    @Test
    void changing_the_version_label_records_the_old_and_new_label_with_the_note_in_the_history() {
        Model model = fixtures.model(team, "versioned");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        test(field("Version label")).setValue("v2");
        test(field("Version note")).setValue("Quantized to AWQ");
        test(findInView(Button.class).withText("Save changes").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);
        var latest = fixtures.as(editor, () -> models.history(model.id())).getFirst();
        assertThat(latest).extracting(ModelVersionChange::versionLabel, ModelVersionChange::previousLabel,
                ModelVersionChange::note, ModelVersionChange::changedBy)
                .containsExactly("v2", "v1", "Quantized to AWQ", editor.username());
    }

    @Test
    void version_note_longer_than_2000_characters_is_marked_on_its_field_and_the_version_stays() {
        Model model = fixtures.model(team, "noted");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        test(field("Version label")).setValue("v2");
        test(field("Version note")).setValue("n".repeat(2001));
        test(findInView(Button.class).withText("Save changes").single()).click();

        assertThat(invalidFields()).containsExactly(entry("Version note", "Use at most 2000 characters"));
        assertThat(getCurrentView()).isInstanceOf(ModelFormView.class);
        assertThat(fixtures.as(editor, () -> models.get(model.id()))).isEqualTo(model);
    }

    @Test
    void text_fields_stop_typing_at_the_lengths_the_registry_accepts() {
        Model model = fixtures.model(team, "limits");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        assertThat(Map.of("Name", 100, "Endpoint base URL", 500, "Served model name", 200, "Version label", 80,
                "Version note", 2000)).allSatisfy((label, max) -> assertThat(field(label).getMaxLength()).as(label).isEqualTo(max));
        assertThat(findInView(TextArea.class).withLabel("Description").single().getMaxLength()).isEqualTo(2000);
    }

    @Test
    void saving_a_model_someone_else_just_changed_offers_reload_or_keep_editing_and_keeps_the_edits() {
        Model model = fixtures.model(team, "contended");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);
        fixtures.asAdmin(() -> models.update(model.id(), model.version(), model.data().withVersionLabel("theirs"), "Meanwhile"));

        test(field("Version label")).setValue("mine");
        test(findInView(Button.class).withText("Save changes").single()).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Changed by someone else");
        assertThat(test(conflict).getText()).contains("changed by someone else", "Your edits are still in the form");
        assertThat(conflict.getElement().getProperty("confirmText")).isEqualTo("Reload");
        assertThat(conflict.getElement().getProperty("cancelText")).isEqualTo("Keep editing");

        test(conflict).cancel();
        assertThat(conflict.isOpened()).isFalse();
        assertThat(field("Version label").getValue()).isEqualTo("mine");
        assertThat(getCurrentView()).isInstanceOf(ModelFormView.class);
        assertThat(fixtures.as(editor, () -> models.get(model.id())).data().versionLabel()).isEqualTo("theirs");
    }

    @Test
    void a_key_typed_when_registering_is_stored_with_the_new_model_and_never_shown_again() {
        openRegistrationWithValidInput();
        String name = field("Name").getValue();
        test(apiKeyField()).setValue("sk-registered-1");
        register();

        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);
        var model = fixtures.asAdmin(() -> models.find(new ModelFilter(team.id(), null, null, null, name), ModelSort.NAME, true, 0, 1))
                .getFirst().id();
        assertThat(credentials.apiKey(model)).contains("sk-registered-1");

        navigate("models/" + model + "/edit", ModelFormView.class);
        assertThat(apiKeyField().getValue()).as("write-only: the saved key is not sent to the browser").isEmpty();
        assertThat(apiKeyField().getHelperText()).isEqualTo("Set — enter a new key to replace it");
        assertThat(findInView(Button.class).withText("Remove key").all()).hasSize(1);
    }

    @Test
    void saving_with_the_key_field_left_empty_keeps_the_key_and_a_typed_key_replaces_it() {
        Model model = fixtures.model(team, "keyed");
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), "sk-old"));
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        test(findInView(Button.class).withText("Save changes").single()).click();
        assertThat(credentials.apiKey(model.id())).contains("sk-old");

        navigate("models/" + model.id() + "/edit", ModelFormView.class);
        test(apiKeyField()).setValue("sk-new");
        test(findInView(Button.class).withText("Save changes").single()).click();
        assertThat(credentials.apiKey(model.id())).contains("sk-new");
    }

    @Test
    void a_key_with_a_space_is_marked_on_the_key_field_and_the_model_is_not_saved() {
        Model model = fixtures.model(team, "badkey");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        test(field("Version label")).setValue("v2");
        test(apiKeyField()).setValue("two words");
        test(findInView(Button.class).withText("Save changes").single()).click();

        assertThat(apiKeyField().isInvalid()).isTrue();
        assertThat(apiKeyField().getErrorMessage()).isEqualTo("Use printable ASCII characters without spaces, as API keys are");
        assertThat(fixtures.as(editor, () -> models.get(model.id())).data().versionLabel()).isEqualTo("v1");
        assertThat(credentials.apiKey(model.id())).isEmpty();
    }

    @Test
    void remove_key_asks_first_and_then_removes_the_key_at_once() {
        Model model = fixtures.model(team, "unkeyed");
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), "sk-to-remove"));
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);

        test(findInView(Button.class).withText("Remove key").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(credentials.apiKey(model.id())).as("not before the confirmation").isPresent();
        test(confirm).confirm();

        assertThat(credentials.apiKey(model.id())).isEmpty();
        assertThat(apiKeyField().getHelperText()).startsWith("Optional.");
        assertThat(findInView(Button.class).withText("Remove key").all()).as("hidden").isEmpty();
    }

    private PasswordField apiKeyField() {
        return findInView(PasswordField.class).withLabel("API key").single();
    }

    private void openRegistrationWithValidInput() {
        signIn(editor);
        navigate(ModelFormView.class);
        test(field("Name")).setValue(TestFixtures.unique("form-model"));
        test(field("Endpoint base URL")).setValue("http://gpu-node-7:8000");
        test(field("Served model name")).setValue("Qwen/Qwen2.5-7B-Instruct");
    }

    private void register() {
        test(findInView(Button.class).withText("Register model").single()).click();
    }

    private TextField field(String label) {
        return findInView(TextField.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<TeamChoice> teamField() {
        return findInView(ComboBox.class).withLabel("Team").single();
    }

    /** What a user does in the browser: types a tag that is not offered yet and presses Enter. */
    @SuppressWarnings("unchecked")
    private void typeCustomTag(String text) {
        MultiSelectComboBox<String> tags = findInView(MultiSelectComboBox.class).withLabel("Tags").single();
        ComponentUtil.fireEvent(tags, new ComboBoxBase.CustomValueSetEvent<>(tags, true, text));
    }

    /** Label and error message of every field the form marks as invalid. */
    private Map<String, String> invalidFields() {
        return findInView(Component.class)
                .withCondition(component -> component instanceof HasValidation field && field.isInvalid())
                .all().stream()
                .collect(Collectors.toMap(component -> ((HasLabel) component).getLabel(),
                        component -> ((HasValidation) component).getErrorMessage()));
    }

    private int modelsOfTeam() {
        return fixtures.asAdmin(() -> models.count(new ModelFilter(team.id(), null, null, null, null)));
    }
}
