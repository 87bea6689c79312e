package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suites and cases: team rules, audit entries, optimistic locking, slugs, and the rules checked on save. */
@IntegrationTest
class SuiteServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AuditService audit;

    Team team;
    UserAccount editor;
    UserAccount viewer;
    UserAccount outsider;
    Suite suite;

    @BeforeEach
    void aTeamWithASuite() {
        team = fixtures.team("evals");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        suite = fixtures.as(editor, () -> suites.create(team.id(),
                new SuiteData("Smoke QA", "Arithmetic and capitals", null)));
    }

    @Test
    void a_new_suite_gets_a_slug_from_its_name_and_the_default_exact_match() {
        assertThat(suite.slug()).isEqualTo("smoke-qa");
        assertThat(suite.scoreName()).isEqualTo("accuracy:smoke-qa");
        assertThat(suite.data().defaultScorer()).isEqualTo(Scorer.ExactMatch.defaults());
        assertThat(suite.teamName()).isEqualTo(team.name());
        assertThat(suite.createdBy()).isEqualTo(editor.displayName());
        assertThat(suite.caseCount()).isZero();
    }

    @Test
    void the_slug_stays_when_the_suite_is_renamed_and_a_taken_slug_gets_a_number() {
        Suite renamed = fixtures.as(editor, () -> suites.update(suite.id(),
                new SuiteData("Smoke questions", "", null), suite.version()));
        Suite second = fixtures.as(editor, () -> suites.create(team.id(), new SuiteData("Smoke  QA!", "", null)));
        Suite accented = fixtures.as(editor, () -> suites.create(team.id(), new SuiteData("Zürich Fragen", "", null)));

        assertThat(renamed.slug()).isEqualTo("smoke-qa");
        assertThat(renamed.version()).isEqualTo(suite.version() + 1);
        assertThat(second.slug()).isEqualTo("smoke-qa-2");
        assertThat(accented.slug()).isEqualTo("zurich-fragen");
    }

    @Test
    void names_are_unique_per_team_ignoring_case() {
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.create(team.id(), new SuiteData("smoke qa", "", null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("name"));
        Team other = fixtures.team("other");
        fixtures.member(other, editor, TeamRole.EDITOR);
        assertThat(fixtures.as(editor, () -> suites.create(other.id(), new SuiteData("Smoke QA", "", null))).slug())
                .isEqualTo("smoke-qa");
    }

    @Test
    void a_stale_save_is_refused_instead_of_overwriting_the_other_editors_change() {
        fixtures.as(editor, () -> suites.update(suite.id(), new SuiteData("First", "", null), suite.version()));

        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.update(suite.id(),
                new SuiteData("Second", "", null), suite.version())))
                .isInstanceOf(StaleDataException.class);
        assertThat(fixtures.as(viewer, () -> suites.suite(suite.id())).name()).isEqualTo("First");
    }

    @Test
    void viewers_read_but_cannot_change_anything() {
        EvalCase added = fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));

        assertThat(fixtures.as(viewer, () -> suites.cases(suite.id()))).containsExactly(added);
        assertThat(fixtures.as(viewer, () -> suites.exportCases(suite.id(), CaseFormat.CSV))).contains("Paris");
        List<Runnable> writes = List.of(
                () -> suites.create(team.id(), new SuiteData("Mine", "", null)),
                () -> suites.update(suite.id(), new SuiteData("Mine", "", null), suite.version()),
                () -> suites.delete(suite.id()),
                () -> suites.addCase(suite.id(), capital("Spain", "Madrid")),
                () -> suites.updateCase(added.id(), capital("Spain", "Madrid")),
                () -> suites.deleteCase(added.id()),
                () -> suites.importCases(suite.id(), CaseFormat.CSV, "prompt,expected\nq,a\n", ImportMode.APPEND));
        for (Runnable write : writes) {
            assertThatThrownBy(() -> fixtures.as(viewer, write)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as(viewer, () -> suites.cases(suite.id()))).containsExactly(added);
    }

    @Test
    void someone_of_another_team_gets_not_found_exactly_like_for_a_missing_suite() {
        EvalCase added = fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));
        SuiteId missing = new SuiteId(UUID.randomUUID());
        for (SuiteId id : new SuiteId[]{suite.id(), missing}) {
            assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.suite(id)))
                    .isInstanceOf(NotFoundException.class).hasMessage("Evaluation suite not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.cases(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.exportCases(id, CaseFormat.JSONL)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.delete(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.addCase(id, capital("Spain", "Madrid"))))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.updateCase(added.id(), capital("Spain", "Madrid"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.deleteCase(added.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> suites.create(team.id(), new SuiteData("Mine", "", null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(outsider, () -> suites.suites(Set.of(team.id())))).isEmpty();
        assertThat(fixtures.as(editor, () -> suites.cases(suite.id()))).containsExactly(added);
    }

    @Test
    void suites_lists_only_the_readable_ones_of_the_asked_teams() {
        Team other = fixtures.team("other");
        fixtures.asAdmin(() -> suites.create(other.id(), new SuiteData("Hidden", "", null)));

        assertThat(fixtures.as(viewer, () -> suites.suites(Set.of(team.id(), other.id()))))
                .extracting(Suite::id).containsExactly(suite.id());
    }

    @Test
    void cases_are_added_in_order_edited_and_deleted_and_the_suite_counts_them() {
        EvalCase france = fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));
        EvalCase spain = fixtures.as(editor, () -> suites.addCase(suite.id(), capital("Spain", "Madrid")));
        EvalCase edited = fixtures.as(editor, () -> suites.updateCase(spain.id(),
                CaseData.prompt("Capital of Spain?", "Madrid", new Scorer.Contains(true), List.of(" geo ", "geo", ""))));

        assertThat(edited.data().scorer()).isEqualTo(new Scorer.Contains(true));
        assertThat(edited.data().tags()).containsExactly("geo");
        assertThat(fixtures.as(viewer, () -> suites.cases(suite.id()))).extracting(EvalCase::id)
                .containsExactly(france.id(), spain.id());
        assertThat(fixtures.as(viewer, () -> suites.suite(suite.id())).caseCount()).isEqualTo(2);

        fixtures.as(editor, () -> suites.deleteCase(france.id()));
        assertThat(fixtures.as(viewer, () -> suites.cases(suite.id()))).extracting(EvalCase::id).containsExactly(spain.id());
    }

    @Test
    void deleting_a_suite_deletes_its_cases() {
        EvalCase added = fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));
        fixtures.as(editor, () -> suites.delete(suite.id()));

        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.suite(suite.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.updateCase(added.id(), capital("Spain", "Madrid"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changes_are_audited_in_the_suites_team() {
        fixtures.as(editor, () -> suites.update(suite.id(), new SuiteData("Smoke QA", "New text", null), suite.version()));
        fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));
        fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV,
                "prompt,expected\nq1,a\nq2,b\n", ImportMode.APPEND));
        fixtures.as(editor, () -> suites.delete(suite.id()));

        List<AuditEntry> entries = fixtures.asAdmin(() -> audit.find(
                new AuditFilter(team.id(), "", SuiteAudit.SUITE), 0, 20));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("DELETED", "CASES_IMPORTED", "CASE_ADDED", "UPDATED", "CREATED");
        assertThat(entries).extracting(AuditEntry::summary).contains(
                "Imported 2 cases from CSV into evaluation suite Smoke QA",
                "Added a case to evaluation suite Smoke QA: \"Capital of France?\"");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actorName()).isEqualTo(editor.username()));
    }

    @Test
    void a_case_the_scorer_cannot_read_is_refused_naming_the_field() {
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("Pattern?", "([a-z", new Scorer.Regex(), List.of())),
                "expected");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("How many?", "12",
                new Scorer.NumberWithin(-1), List.of())), "scorer.tolerance");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("Shape?", "{\"type\": 12}",
                new Scorer.ValidJson(), List.of())), "expected");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt(" ", "x", null, List.of())), "messages");
        assertField(() -> suites.addCase(suite.id(), new CaseData(List.of(ChatMessage.user("q"),
                ChatMessage.assistant("a")), "x", null, List.of())), "messages");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("q", "", null, List.of())), "expected");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("q", "a", null, List.of("a;b"))), "tags");
        assertThat(fixtures.as(editor, () -> suites.cases(suite.id()))).isEmpty();
    }

    @Test
    void the_judge_must_be_a_model_of_the_suites_own_team() {
        Model ours = fixtures.model(team, "judge");
        Model theirs = fixtures.model(fixtures.team("elsewhere"), "judge");

        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("q", "a",
                new Scorer.LlmJudge(theirs.id(), "", 0.7), List.of())), "scorer.judgeModelId");
        assertField(() -> suites.update(suite.id(), new SuiteData("Smoke QA", "",
                new Scorer.LlmJudge(theirs.id(), "", 0.7)), suite.version()), "defaultScorer.judgeModelId");
        assertField(() -> suites.addCase(suite.id(), CaseData.prompt("q", "a",
                new Scorer.LlmJudge(ours.id(), "", 1.5), List.of())), "scorer.passThreshold");
        EvalCase judged = fixtures.as(editor, () -> suites.addCase(suite.id(), CaseData.prompt("q", "a",
                new Scorer.LlmJudge(ours.id(), "Be strict", 0.8), List.of())));
        assertThat(judged.data().scorer()).isEqualTo(new Scorer.LlmJudge(ours.id(), "Be strict", 0.8));
    }

    @Test
    void a_new_default_scorer_must_fit_the_cases_that_use_it() {
        fixtures.as(editor, () -> suites.addCase(suite.id(), capital("France", "Paris")));

        assertField(() -> suites.update(suite.id(), new SuiteData("Smoke QA", "", new Scorer.NumberWithin(0)),
                suite.version()), "defaultScorer");
        Suite contains = fixtures.as(editor, () -> suites.update(suite.id(),
                new SuiteData("Smoke QA", "", new Scorer.Contains(true)), suite.version()));
        assertThat(contains.data().defaultScorer()).isEqualTo(new Scorer.Contains(true));
    }

    private void assertField(Runnable write, String field) {
        assertThatThrownBy(() -> fixtures.as(editor, write))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    static CaseData capital(String country, String capital) {
        return CaseData.prompt("Capital of " + country + "?", capital, null, List.of("geo"));
    }
}
