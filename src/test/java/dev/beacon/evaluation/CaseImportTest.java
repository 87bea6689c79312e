package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Imports are all or nothing, name problems by the file's line, append or replace, and export reads back equal. */
@IntegrationTest
class CaseImportTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;

    Team team;
    UserAccount editor;
    Suite suite;

    @BeforeEach
    void aSuiteWithOneCase() {
        team = fixtures.team("imports");
        editor = fixtures.memberOfNewTeam("unused", TeamRole.VIEWER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        suite = fixtures.as(editor, () -> suites.create(team.id(), new SuiteData("Imports", "", null)));
        fixtures.as(editor, () -> suites.addCase(suite.id(), CaseData.prompt("Existing?", "yes", null, List.of())));
    }

    @Test
    void a_csv_file_with_an_error_on_line_7_imports_nothing_and_names_line_7() {
        String csv = """
                prompt,expected,scorer,scorer_options,tags
                What is 2 + 2?,4,number,,math
                Capital of France?,Paris,,,geo
                "Pick the fruit:
                A) Carrot
                B) Apple",B,choice,,
                How many legs has a spider?,eight,number,"{""tolerance"": -1}",math
                Capital of Italy?,Rome,,,geo
                """;

        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV, csv,
                ImportMode.APPEND)))
                .isInstanceOf(CaseImportException.class)
                .satisfies(e -> assertThat(((CaseImportException) e).problems()).containsExactly(
                        new ImportProblem(7, "scorer_options", "The tolerance is a number of 0 or more")));
        assertThat(fixtures.as(editor, () -> suites.cases(suite.id()))).extracting(c -> c.data().question())
                .containsExactly("Existing?");
    }

    @Test
    void every_problem_of_a_jsonl_file_is_reported_in_line_order_and_nothing_is_imported() {
        String jsonl = """
                {"prompt": "What is 2 + 2?", "expected": "about four", "scorer": {"type": "number"}}
                {"prompt": "Capital of France?", "expected": "Paris"}

                {"prompt": "Pattern?", "expected": "([a-z", "scorer": {"type": "regex"}}
                {"prompt": "Judge?", "expected": "x", "scorer": {"type": "judge", "judgeModelId": "00000000-0000-0000-0000-000000000001"}}
                """;

        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.JSONL, jsonl,
                ImportMode.REPLACE)))
                .isInstanceOf(CaseImportException.class)
                .satisfies(e -> assertThat(((CaseImportException) e).problems())
                        .extracting(ImportProblem::line, ImportProblem::field)
                        .containsExactly(tuple(1, "expected"), tuple(4, "expected"), tuple(5, "scorer")));
        assertThat(fixtures.as(editor, () -> suites.cases(suite.id()))).hasSize(1);
    }

    @Test
    void append_adds_after_the_existing_cases_and_replace_swaps_them_all() {
        ImportReport appended = fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV,
                "prompt,expected\nq1,a1\nq2,a2\n", ImportMode.APPEND));
        assertThat(appended).isEqualTo(new ImportReport(ImportMode.APPEND, 2, 0, 3));
        assertThat(questions()).containsExactly("Existing?", "q1", "q2");

        ImportReport replaced = fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.JSONL,
                "{\"prompt\": \"r1\", \"expected\": \"b1\"}\n", ImportMode.REPLACE));
        assertThat(replaced).isEqualTo(new ImportReport(ImportMode.REPLACE, 1, 3, 1));
        assertThat(questions()).containsExactly("r1");
    }

    @Test
    void export_then_import_into_another_suite_gives_equal_cases_in_both_formats() {
        fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.JSONL, """
                {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "2, 3 or \\"4\\"?"}], "expected": "4", "scorer": {"type": "number", "tolerance": 0.5}, "tags": ["math", "ünï"]}
                {"prompt": "Colours?", "expected": "red|blue", "scorer": {"type": "contains_all", "ignoreCase": false}}
                {"prompt": "Shape?", "expected": "{\\"type\\": \\"object\\"}", "scorer": {"type": "json"}}
                """, ImportMode.APPEND));
        List<CaseData> original = fixtures.as(editor, () -> suites.cases(suite.id())).stream().map(EvalCase::data).toList();

        for (CaseFormat format : CaseFormat.values()) {
            String file = fixtures.as(editor, () -> suites.exportCases(suite.id(), format));
            Suite copy = fixtures.as(editor, () -> suites.create(team.id(),
                    new SuiteData(TestFixtures.unique("copy"), "", null)));
            fixtures.as(editor, () -> suites.importCases(copy.id(), format, file, ImportMode.REPLACE));
            assertThat(fixtures.as(editor, () -> suites.cases(copy.id()))).extracting(EvalCase::data)
                    .as(format.name()).containsExactlyElementsOf(original);
        }
    }

    @Test
    void a_file_beyond_the_size_or_case_limit_is_refused_with_a_clear_message() {
        String huge = "prompt,expected\n" + "q,a\n".repeat(SuiteService.MAX_IMPORT_CHARS / 4 + 1);
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV, huge,
                ImportMode.APPEND)))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("larger than 5 MB");

        String tooMany = "prompt,expected\n" + IntStream.range(0, SuiteService.MAX_CASES)
                .mapToObj(i -> "q" + i + ",a").collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV, tooMany,
                ImportMode.APPEND)))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("at most 5000 cases; this import would make 5001");
        assertThat(questions()).containsExactly("Existing?");
    }

    @Test
    void an_empty_file_or_one_with_only_a_header_imports_nothing() {
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV, "\n",
                ImportMode.REPLACE))).isInstanceOf(CaseImportException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> fixtures.as(editor, () -> suites.importCases(suite.id(), CaseFormat.CSV,
                "prompt,expected\n", ImportMode.REPLACE))).isInstanceOf(CaseImportException.class)
                .hasMessageContaining("no cases");
        assertThat(questions()).containsExactly("Existing?");
    }

    private List<String> questions() {
        return fixtures.as(editor, () -> suites.cases(suite.id())).stream().map(c -> c.data().question()).toList();
    }
}
