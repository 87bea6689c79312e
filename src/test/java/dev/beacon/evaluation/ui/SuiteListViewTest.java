package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evaluations page: the suites of the user's teams, New suite with its scorer editor, and the teaching empty state. */
class SuiteListViewTest extends ViewTest {

    @Autowired
    SuiteService suites;

    SuiteScene scene;

    @BeforeEach
    void aTeamWithAModel() {
        scene = new SuiteScene(fixtures, suites);
    }

    @Test
    void lists_the_suites_of_my_teams_with_team_and_case_count_but_not_other_teams_suites() {
        Suite mine = scene.suiteWithCases("smoke", "What is 2 + 2?", "4", "Capital of France?", "Paris");
        SuiteScene elsewhere = new SuiteScene(fixtures, suites);
        Suite theirs = elsewhere.suite("secret");
        signIn(scene.viewer);

        open();
        List<Suite> rows = rows();

        assertThat(rows).extracting(Suite::id).contains(mine.id()).doesNotContain(theirs.id());
        Suite row = rows.stream().filter(suite -> suite.id().equals(mine.id())).findFirst().orElseThrow();
        assertThat(row.teamName()).isEqualTo(scene.team.name());
        assertThat(row.caseCount()).isEqualTo(2);
    }

    @Test
    void new_suite_names_the_refused_field_and_opens_the_created_suite_with_its_scorer() {
        signIn(scene.editor);
        open();
        test(findInView(Button.class).withText("New suite").single()).click();
        SuiteDialog dialog = find(SuiteDialog.class).single();
        test(dialog.team).selectItem(scene.team.name());

        test(find(Button.class, dialog).withText("Create suite").single()).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isNotBlank();

        String name = TestFixtures.unique("Arithmetic");
        test(dialog.name).setValue(name);
        test(dialog.scorer.type).selectItem(ScorerKind.NUMBER.label());
        assertThat(dialog.scorer.tolerance.isVisible()).isTrue();
        assertThat(dialog.scorer.ignoreWhitespace.isVisible()).isFalse();
        test(dialog.scorer.tolerance).setValue(0.5);
        test(find(Button.class, dialog).withText("Create suite").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SuiteView.class);
        Suite created = created(name);
        assertThat(created.data().defaultScorer()).isEqualTo(new Scorer.NumberWithin(0.5));
    }

    @Test
    void the_judge_scorer_offers_the_teams_models_and_keeps_judge_rubric_and_threshold() {
        signIn(scene.editor);
        open();
        test(findInView(Button.class).withText("New suite").single()).click();
        SuiteDialog dialog = find(SuiteDialog.class).single();
        test(dialog.team).selectItem(scene.team.name());
        String name = TestFixtures.unique("Politeness");
        test(dialog.name).setValue(name);
        test(dialog.scorer.type).selectItem(ScorerKind.JUDGE.label());

        assertThat(test(dialog.scorer.judge).getSuggestions()).containsExactly(scene.model.data().name());
        test(dialog.scorer.judge).selectItem(scene.model.data().name());
        test(dialog.scorer.rubric).setValue("Polite and correct");
        test(dialog.scorer.passThreshold).setValue(0.8);
        test(find(Button.class, dialog).withText("Create suite").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SuiteView.class);
        Suite created = created(name);
        assertThat(created.data().defaultScorer()).isEqualTo(new Scorer.LlmJudge(scene.model.id(), "Polite and correct", 0.8));
    }

    @Test
    void a_viewer_without_suites_is_taught_what_a_suite_is_but_not_offered_new_suite() {
        UserAccount viewer = fixtures.memberOfNewTeam("no-suites", TeamRole.VIEWER);
        signIn(viewer);
        UI.getCurrent().navigate(SuiteListView.PATH);

        assertThat(findInView(Button.class).withText("New suite").exists()).isFalse();
        assertThat(find(H3.class, find(EmptyState.class).single()).single().getText()).isEqualTo("No evaluation suites yet");
        assertThat(find(Pre.class, find(EmptyState.class).single()).single().getText())
                .startsWith("prompt,expected,scorer").contains("Paris");
        assertThat(findInView(Button.class).withText("Create the first suite").exists()).isFalse();
    }

    private void open() {
        UI.getCurrent().navigate(SuiteListView.PATH);
        assertThat(getCurrentView()).isInstanceOf(SuiteListView.class);
    }

    private Suite created(String name) {
        return fixtures.as(scene.editor, () -> suites.suites(Set.of(scene.team.id()))).stream()
                .filter(suite -> suite.data().name().equals(name)).findFirst().orElseThrow();
    }

    private List<Suite> rows() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Suite>) findInView(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
