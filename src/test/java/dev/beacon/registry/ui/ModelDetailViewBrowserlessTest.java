package dev.beacon.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelDetailViewBrowserlessTest extends ViewTest {

    @Autowired
    private ModelService models;
    @Autowired
    private ModelCredentials credentials;

    private Team team;
    private Model model;

    @BeforeEach
    void modelOfATeam() {
        team = fixtures.team("detail");
        model = fixtures.model(team, "detailed");
    }

    @Test
    void viewer_is_offered_no_edit_retire_or_delete() {
        openAs(TeamRole.VIEWER);

        assertThat(findInView(H2.class).single().getText()).isEqualTo(model.data().name());
        assertThat(buttons()).doesNotContain("Edit", "Retire", "Delete");
    }

    @Test
    void editor_is_offered_edit_and_retire_but_not_delete() {
        openAs(TeamRole.EDITOR);

        assertThat(buttons()).contains("Edit", "Retire").doesNotContain("Delete");
    }

    @Test
    void owner_is_offered_edit_retire_and_delete() {
        openAs(TeamRole.OWNER);

        assertThat(buttons()).contains("Edit", "Retire", "Delete");
    }

    @Test
    void delete_asks_for_confirmation_and_deletes_only_once_confirmed() {
        openAs(TeamRole.OWNER);
        test(button("Delete")).click();
        ConfirmDialog first = openDialog();
        assertThat(test(first).getHeader()).isEqualTo("Delete " + model.data().name() + "?");
        test(first).cancel();

        assertThat(fixtures.asAdmin(() -> models.get(model.id()))).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);

        test(button("Delete")).click();
        test(openDialog()).confirm();

        assertThatThrownBy(() -> fixtures.asAdmin(() -> models.get(model.id()))).isInstanceOf(NotFoundException.class);
        assertThat(getCurrentView()).isInstanceOf(ModelListView.class);
    }

    @Test
    void the_overview_says_that_an_api_key_is_set_but_never_shows_it() {
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), "sk-detail-secret-1"));
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        signIn(viewer);
        navigate("models/" + model.id(), ModelDetailView.class);
        TabSheet tabs = findInView(TabSheet.class).single();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Overview")) {
                tabs.setSelectedIndex(i);
            }
        }

        assertThat(findInView(Span.class).withText("Set (sent as a bearer token; never shown)").all()).hasSize(1);
        assertThat(findInView(Span.class).all()).noneSatisfy(span -> assertThat(span.getText()).contains("sk-detail-secret"));
    }

    private void openAs(TeamRole role) {
        UserAccount user = fixtures.user(role.name().toLowerCase());
        fixtures.member(team, user, role);
        signIn(user);
        navigate("models/" + model.id(), ModelDetailView.class);
    }

    /** Texts of the buttons a user sees; queries skip hidden components. */
    private List<String> buttons() {
        return findInView(Button.class).all().stream().map(Button::getText).toList();
    }

    private Button button(String text) {
        return findInView(Button.class).withText(text).single();
    }

    private ConfirmDialog openDialog() {
        return find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
    }
}
