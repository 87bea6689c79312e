package dev.beacon.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.EmptyState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ModelListViewBrowserlessTest extends ViewTest {

    @Test
    void editor_is_offered_the_register_model_button() {
        signIn(fixtures.memberOfNewTeam("editor", TeamRole.EDITOR));
        navigate(ModelListView.class);

        assertThat(registerButtonShown()).isTrue();
    }

    @Test
    void user_who_only_views_is_not_offered_the_register_model_button() {
        signIn(fixtures.memberOfNewTeam("viewer", TeamRole.VIEWER));
        navigate(ModelListView.class);

        assertThat(registerButtonShown()).isFalse();
    }

    @Test
    void editor_whose_teams_have_no_models_is_invited_to_register_the_first_one() {
        signIn(fixtures.memberOfNewTeam("empty", TeamRole.EDITOR));
        navigate(ModelListView.class);

        assertThat(rows()).isEmpty();
        assertThat(emptyStateTitle()).isEqualTo("No models yet");
        assertThat(find(Button.class, emptyState()).withText("Register your first model").exists()).isTrue();
    }

    @Test
    void filters_that_match_nothing_say_so_and_clearing_them_shows_the_models_again() {
        Team team = fixtures.team("nomatch");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model model = fixtures.model(team, "present");
        signIn(viewer);
        openList("q=no-such-model-anywhere");

        assertThat(rows()).isEmpty();
        assertThat(emptyStateTitle()).isEqualTo("No models match these filters");

        test(find(Button.class, emptyState()).withText("Clear filters").single()).click();
        assertThat(rows()).containsExactly(model.data().name());
    }

    @Test
    void runtime_and_status_in_the_url_narrow_the_list() {
        Catalog catalog = new Catalog();
        signIn(catalog.viewer);

        openList("runtime=OLLAMA");
        assertThat(rows()).containsExactly(catalog.ollama.data().name());

        openList("status=RETIRED");
        assertThat(rows()).containsExactly(catalog.retired.data().name());
    }

    @Test
    void team_and_search_text_in_the_url_narrow_the_list() {
        Catalog catalog = new Catalog();
        signIn(catalog.viewer);
        navigate(ModelListView.class);
        assertThat(rows()).containsExactlyInAnyOrder(catalog.allNames());

        openList("team=" + catalog.otherTeam.id());
        assertThat(rows()).containsExactly(catalog.otherTeamsModel.data().name());

        openList("q=" + catalog.active.data().name());
        assertThat(rows()).containsExactly(catalog.active.data().name());
    }

    @Test
    void models_menu_entry_lists_every_model_again_after_a_filtered_link() {
        Catalog catalog = new Catalog();
        signIn(catalog.viewer);
        openList("runtime=OLLAMA");
        assertThat(rows()).containsExactly(catalog.ollama.data().name());

        test(find(SideNav.class).single()).clickItem("Models");

        assertThat(getCurrentView()).isInstanceOf(ModelListView.class);
        assertThat(rows()).containsExactlyInAnyOrder(catalog.allNames());
    }

    /** A viewer of two teams: one runs three models that differ in runtime and status, the other one model. */
    private final class Catalog {
        final UserAccount viewer = fixtures.user("viewer");
        final Team team = fixtures.team("catalog");
        final Team otherTeam = fixtures.team("other");
        final Model active = fixtures.model(team, "active");
        final Model ollama = fixtures.registerAsAdmin(team, runtime(ModelRuntime.OLLAMA, TestFixtures.modelData(TestFixtures.unique("ollama"))));
        final Model retired = fixtures.registerAsAdmin(team, TestFixtures.modelData(TestFixtures.unique("retired")).withStatus(ModelStatus.RETIRED));
        final Model otherTeamsModel = fixtures.model(otherTeam, "elsewhere");

        Catalog() {
            fixtures.member(team, viewer, TeamRole.VIEWER);
            fixtures.member(otherTeam, viewer, TeamRole.VIEWER);
        }

        String[] allNames() {
            return List.of(active, ollama, retired, otherTeamsModel).stream().map(model -> model.data().name()).toArray(String[]::new);
        }

        private static ModelData runtime(ModelRuntime runtime, ModelData data) {
            return new ModelData(data.name(), data.description(), runtime, "http://laptop:11434", "llama3.2:3b",
                    data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(),
                    data.tags(), data.status(), ModelMonitoring.defaultsFor(runtime));
        }
    }

    /** Queries find only what a user could see: hidden components do not count. */
    private boolean registerButtonShown() {
        return findInView(Button.class).withText("Register model").exists();
    }

    /** Opens the list as a link or bookmark with this query string would. */
    private void openList(String query) {
        UI.getCurrent().navigate("models", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(ModelListView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        var grid = test((Grid<ModelListItem>) findInView(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).name()).toList();
    }

    private EmptyState emptyState() {
        return findInView(EmptyState.class).single();
    }

    private String emptyStateTitle() {
        return find(H3.class, emptyState()).single().getText();
    }
}
