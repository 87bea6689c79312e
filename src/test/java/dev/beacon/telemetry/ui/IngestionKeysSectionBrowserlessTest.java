package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.beacon.Http;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestionKeysSectionBrowserlessTest extends ViewTest {

    @LocalServerPort
    int port;
    @Autowired
    IngestionKeyService keys;
    @Autowired
    IngestionKeyAuthenticator authenticator;

    Team team;
    Model model;
    UserAccount editor;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAModelAnEditorAndAViewer() {
        team = fixtures.team("section");
        model = fixtures.model(team, "llm");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void an_editor_of_a_team_without_keys_is_taught_what_a_key_is_for_and_offered_to_create_one() {
        signIn(editor);
        openTeamPage();

        assertThat(buttonTexts()).contains("New ingestion key", "Create the first key");
        assertThat(panelText()).contains("No ingestion keys yet", "report how each model is doing");
    }

    @Test
    void a_viewer_sees_the_keys_read_only() {
        fixtures.ingestionKey(team);
        signIn(viewer);
        openTeamPage();

        assertThat(buttonTexts()).doesNotContain("New ingestion key", "Create the first key", "Revoke");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(cell(0, "Model")).isEqualTo("All models");
        assertThat(cell(0, "Last used")).isEqualTo("Never");
    }

    @Test
    void creating_a_key_shows_its_secret_once_with_an_example_that_works_as_pasted() {
        signIn(editor);
        openTeamPage();
        click("New ingestion key");
        test(find(TextField.class).withCaption("Name").single()).setValue("gateway-eu");
        test(comboBox()).selectItem(model.data().name());
        click("Create key");

        String secret = find(Div.class).withId(IngestionKeySecretDialog.SECRET_ID).single().getText();
        String example = find(Pre.class).withId("new-ingestion-key-example").single().getText();
        assertThat(secret).startsWith("bik_");
        assertThat(example).contains("/api/v1/ingest/events", "Bearer " + secret, model.id().toString());
        assertThat(postedAsPasted(example).status()).isEqualTo(200);

        click("I have copied it");
        assertThat(find(IngestionKeySecretDialog.class).all()).isEmpty();
        assertThat(cell(0, "Name")).isEqualTo("gateway-eu");
        assertThat(cell(0, "Model")).isEqualTo(model.data().name());
        assertThat(cell(0, "Starts with")).isEqualTo(secret.substring(0, 8) + "…");
        assertThat(panelText()).doesNotContain(secret);
        openTeamPage();
        assertThat(panelText()).doesNotContain(secret);
        assertThat(authenticator.authenticate(secret)).isPresent();
    }

    @Test
    void a_key_without_a_name_is_not_created_and_the_name_field_says_why() {
        signIn(editor);
        openTeamPage();
        click("New ingestion key");
        click("Create key");

        TextField name = find(TextField.class).withCaption("Name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("1–80 characters");
        assertThat(find(IngestionKeySecretDialog.class).all()).isEmpty();
        assertThat(fixtures.as(editor, () -> keys.keys(team.id()))).isEmpty();
    }

    @Test
    void revoking_asks_first_and_then_shows_the_key_as_revoked() {
        String secret = fixtures.ingestionKey(team);
        IngestionKey key = fixtures.as(editor, () -> keys.keys(team.id())).getFirst();
        signIn(editor);
        openTeamPage();

        test(revokeButton(key)).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(cell(0, "Status")).isEqualTo("Revoked");
        assertThat(authenticator.authenticate(secret)).isEmpty();
    }

    private void openTeamPage() {
        navigate("teams/" + team.id(), Main.class);
    }

    private IngestionKeysPanel panel() {
        return findInView(IngestionKeysPanel.class).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<IngestionKey> grid() {
        return find(Grid.class, panel()).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> comboBox() {
        return find(ComboBox.class).withCaption("Only for model").single();
    }

    private List<String> buttonTexts() {
        return find(Button.class, panel()).all().stream().map(Button::getText).toList();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private Button revokeButton(IngestionKey key) {
        var grid = test(grid());
        int column = column("");
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellComponent(row, column))
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getAriaLabel().orElse("").equals("Revoke key " + key.name()))
                .findFirst().orElseThrow();
    }

    /** Text or component text of a cell, read through the grid tester as the browser would ask for it. */
    private String cell(int row, String header) {
        var grid = test(grid());
        int column = column(header);
        if (grid.getComponent().getColumns().get(column).getRenderer() instanceof ComponentRenderer<?, ?>) {
            return grid.getCellComponent(row, column).getElement().getTextRecursively();
        }
        return grid.getCellText(row, column);
    }

    private int column(String header) {
        var grid = test(grid());
        return IntStream.range(0, grid.getComponent().getColumns().size())
                .filter(column -> header.equals(grid.getHeaderCell(column))).findFirst().orElseThrow();
    }

    private String panelText() {
        return panel().getElement().getTextRecursively()
                + find(Div.class).all().stream().map(div -> div.getElement().getTextRecursively()).reduce("", String::concat);
    }

    /** Sends the example's body with its key to this test server, as curl would. */
    private Http.Response postedAsPasted(String example) {
        Matcher key = Pattern.compile("Bearer (bik_\\w+)").matcher(example);
        Matcher body = Pattern.compile("-d '(.*)'", Pattern.DOTALL).matcher(example);
        assertThat(key.find() && body.find()).isTrue();
        return new Http(port).send("POST", "/api/v1/ingest/events", body.group(1), "Authorization", Http.bearer(key.group(1)));
    }
}
