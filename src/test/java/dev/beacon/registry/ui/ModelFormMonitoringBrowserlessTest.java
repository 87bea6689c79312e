package dev.beacon.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Monitoring section of the model form: scrape and probe settings, their defaults and their errors. */
class ModelFormMonitoringBrowserlessTest extends ViewTest {

    @Autowired
    private ModelService models;

    private Team team;
    private UserAccount editor;

    @BeforeEach
    void editorOfOneTeam() {
        team = fixtures.team("form-monitoring");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void a_new_vllm_model_is_scraped_and_probed_by_default_and_choosing_ollama_turns_scraping_off() {
        openRegistration();
        assertThat(checkbox("Scrape Prometheus metrics").getValue()).isTrue();
        assertThat(checkbox("Probe health").getValue()).isTrue();
        assertThat(number("Scrape interval (seconds)").getValue()).isEqualTo(15);
        assertThat(number("Probe interval (seconds)").getValue()).isEqualTo(30);

        runtime().setValue(ModelRuntime.OLLAMA);

        assertThat(checkbox("Scrape Prometheus metrics").getValue()).isFalse();
    }

    @Test
    void an_interval_below_five_seconds_is_marked_on_its_field_and_nothing_is_registered() {
        openRegistration();
        test(number("Scrape interval (seconds)")).setValue(2);
        register();

        assertThat(number("Scrape interval (seconds)").isInvalid()).isTrue();
        assertThat(number("Scrape interval (seconds)").getErrorMessage()).isEqualTo("Scrape at most every 5 seconds");
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void a_timeout_longer_than_the_probe_interval_is_marked_on_the_timeout_field() {
        openRegistration();
        test(number("Probe interval (seconds)")).setValue(5);
        test(number("Probe timeout (seconds)")).setValue(10);
        register();

        assertThat(number("Probe timeout (seconds)").getErrorMessage()).isEqualTo("Must not be longer than the probe interval");
        assertThat(modelsOfTeam()).isZero();
    }

    @Test
    void edited_settings_are_saved_and_shown_on_the_models_overview() {
        Model model = fixtures.model(team, "tuned");
        signIn(editor);
        navigate("models/" + model.id() + "/edit", ModelFormView.class);
        assertThat(text("Metrics URL").getValue()).isEmpty();

        test(text("Metrics URL")).setValue("http://gpu-node-1:9400/metrics");
        test(number("Scrape interval (seconds)")).setValue(60);
        test(checkbox("Probe health")).click();
        test(findInView(Button.class).withText("Save changes").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);
        assertThat(fixtures.as(editor, () -> models.get(model.id())).data().monitoring())
                .isEqualTo(new ModelMonitoring(true, "http://gpu-node-1:9400/metrics", 60, 5, false, 30, 5));
        String overview = findInView(ModelOverview.class).single().getElement().getTextRecursively();
        assertThat(overview).contains("Every 60 s from http://gpu-node-1:9400/metrics (timeout 5 s)");
    }

    private void openRegistration() {
        signIn(editor);
        navigate(ModelFormView.class);
        test(text("Name")).setValue(TestFixtures.unique("form-model"));
        test(text("Endpoint base URL")).setValue("http://gpu-node-7:8000");
        test(text("Served model name")).setValue("Qwen/Qwen2.5-7B-Instruct");
    }

    private void register() {
        test(findInView(Button.class).withText("Register model").single()).click();
    }

    private TextField text(String label) {
        return findInView(TextField.class).withLabel(label).single();
    }

    private IntegerField number(String label) {
        return findInView(IntegerField.class).withLabel(label).single();
    }

    private Checkbox checkbox(String label) {
        return findInView(Checkbox.class).withCondition(box -> label.equals(box.getLabel())).single();
    }

    @SuppressWarnings("unchecked")
    private Select<ModelRuntime> runtime() {
        return findInView(Select.class).withCondition(select -> "Runtime".equals(select.getLabel())).single();
    }

    private int modelsOfTeam() {
        return fixtures.asAdmin(() -> models.count(new ModelFilter(team.id(), null, null, null, null)));
    }
}
