package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import dev.beacon.TestFixtures;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;

import java.util.List;

/** A team with an editor, a viewer and a model, and suites created through the real service. */
final class SuiteScene {

    final TestFixtures fixtures;
    final SuiteService suites;
    final Team team;
    final UserAccount editor;
    final UserAccount viewer;
    final Model model;

    SuiteScene(TestFixtures fixtures, SuiteService suites) {
        this.fixtures = fixtures;
        this.suites = suites;
        team = fixtures.team("evals");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.model(team, "evaluated");
    }

    Suite suite(String name) {
        return fixtures.as(editor, () -> suites.create(team.id(),
                new SuiteData(TestFixtures.unique(name), "Golden questions", Scorer.defaultScorer())));
    }

    /** A suite with these prompts, each expecting its answer (prompt, expected, prompt, expected, …). */
    Suite suiteWithCases(String name, String... promptsAndAnswers) {
        Suite suite = suite(name);
        for (int i = 0; i < promptsAndAnswers.length; i += 2) {
            CaseData data = CaseData.prompt(promptsAndAnswers[i], promptsAndAnswers[i + 1], null, List.of());
            fixtures.as(editor, () -> suites.addCase(suite.id(), data));
        }
        return reread(suite);
    }

    /** A button of a grid row's actions, found by its accessible name (grids render them outside the component tree). */
    static Button rowButton(Grid<?> grid, int row, String ariaLabel) {
        return new GridTester<>(grid).getCellComponent(row, CasesSection.ACTIONS).getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> ariaLabel.equals(button.getAriaLabel().orElse(null))).findFirst().orElseThrow();
    }

    Suite reread(Suite suite) {
        return fixtures.as(editor, () -> suites.suite(suite.id()));
    }
}
