package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.EmptyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suite page: its details, cases, import and export, per role; other teams' suites are not found. */
class SuiteViewTest extends ViewTest {

    @Autowired
    SuiteService suites;

    SuiteScene scene;

    @BeforeEach
    void aTeamWithAModel() {
        scene = new SuiteScene(fixtures, suites);
    }

    @Test
    void shows_the_cases_in_order_and_exports_them_as_csv_and_jsonl_downloads() {
        Suite suite = scene.suiteWithCases("smoke", "What is 2 + 2?", "4", "Capital of France?", "Paris");
        open(scene.viewer, suite);

        assertThat(caseRows()).extracting(row -> row.data().question()).containsExactly("What is 2 + 2?", "Capital of France?");
        assertThat(download("Export CSV")).contains("expected").contains("What is 2 + 2?", "Paris");
        assertThat(download("Export JSONL").lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{"));
    }

    @Test
    void an_import_with_mistakes_lists_them_by_line_and_imports_nothing() {
        Suite suite = scene.suiteWithCases("import", "Kept question", "kept");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Import").single()).click();
        CaseImportDialog dialog = find(CaseImportDialog.class).single();
        String csv = "prompt,expected\nWhat is 1 + 1?,2\nWhat is 2 + 2?,\n";

        test(dialog.upload).upload("cases.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        test(dialog.mode).selectItem("Replace all cases of the suite");
        test(find(Button.class, dialog).withText("Import").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(ListItem.class, dialog.problems).all()).extracting(ListItem::getText)
                .singleElement().asString().startsWith("Line 3 — expected: ");
        assertThat(fixtures.as(scene.editor, () -> suites.cases(suite.id()))).extracting(c -> c.data().question())
                .containsExactly("Kept question");
    }

    @Test
    void a_correct_import_appends_the_cases_and_says_how_many() {
        Suite suite = scene.suiteWithCases("import", "Kept question", "kept");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Import").single()).click();
        CaseImportDialog dialog = find(CaseImportDialog.class).single();
        String jsonl = """
                {"prompt": "What is 3 + 3?", "expected": "6"}

                {"messages": [{"role": "system", "content": "Be brief"}, {"role": "user", "content": "Capital of Italy?"}], "expected": "Rome", "tags": ["geo"]}
                """;

        test(dialog.upload).upload("more.jsonl", "application/jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        test(find(Button.class, dialog).withText("Import").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(caseRows()).extracting(row -> row.data().question())
                .containsExactly("Kept question", "What is 3 + 3?", "Capital of Italy?");
        assertThat(scene.reread(suite).caseCount()).isEqualTo(3);
    }

    @Test
    void add_case_names_the_refused_field_and_a_chat_case_keeps_its_messages_and_scorer_override() {
        Suite suite = scene.suite("cases");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Add case").single()).click();
        CaseDialog dialog = find(CaseDialog.class).single();

        test(dialog.input).selectItem(CaseDialog.CHAT);
        test(dialog.messages).setValue("not json");
        test(find(Button.class, dialog).withText("Add case").single()).click();
        assertThat(dialog.messages.isInvalid()).isTrue();
        assertThat(dialog.messages.getErrorMessage()).contains("JSON array");

        test(dialog.messages).setValue("""
                [{"role": "system", "content": "Answer with a number"}, {"role": "user", "content": "How many legs has a spider?"}]""");
        test(dialog.expected).setValue("8");
        test(dialog.scorer.type).selectItem(ScorerKind.NUMBER.label());
        test(dialog.scorer.tolerance).setValue(0.0);
        test(find(Button.class, dialog).withText("Add case").single()).click();

        EvalCase saved = fixtures.as(scene.editor, () -> suites.cases(suite.id())).getFirst();
        assertThat(saved.data().messages()).hasSize(2);
        assertThat(saved.data().question()).isEqualTo("How many legs has a spider?");
        assertThat(saved.data().scorer()).isEqualTo(new Scorer.NumberWithin(0.0));
        assertThat(caseRows()).hasSize(1);
    }

    @Test
    void a_case_without_an_expected_answer_is_refused_at_the_expected_field() {
        Suite suite = scene.suite("cases");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Add case").single()).click();
        CaseDialog dialog = find(CaseDialog.class).single();

        test(dialog.prompt).setValue("What is the capital of Spain?");
        test(find(Button.class, dialog).withText("Add case").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.expected.isInvalid()).isTrue();
        assertThat(fixtures.as(scene.editor, () -> suites.cases(suite.id()))).isEmpty();
    }

    @Test
    void editing_a_case_shows_its_system_message_and_prompt_and_keeps_them() {
        Suite suite = scene.suite("edit");
        CaseData data = new CaseData(List.of(new ChatMessage("system", "Answer in one word"), ChatMessage.user("Capital of Italy?")),
                "Rome", null, List.of("geo"));
        fixtures.as(scene.editor, () -> suites.addCase(suite.id(), data));
        open(scene.editor, suite);

        test(SuiteScene.rowButton(find(CasesSection.class).single().grid, 0, "Edit case")).click();
        CaseDialog dialog = find(CaseDialog.class).single();
        assertThat(dialog.input.getValue()).isEqualTo(CaseDialog.PROMPT);
        assertThat(dialog.system.getValue()).isEqualTo("Answer in one word");
        assertThat(dialog.prompt.getValue()).isEqualTo("Capital of Italy?");
        assertThat(dialog.tags.getValue()).containsExactly("geo");
        test(dialog.expected).setValue("Roma|Rome");
        test(dialog.scorer.type).selectItem(ScorerKind.CONTAINS_ANY.label());
        test(find(Button.class, dialog).withText("Save changes").single()).click();

        EvalCase saved = fixtures.as(scene.editor, () -> suites.cases(suite.id())).getFirst();
        assertThat(saved.data().messages()).isEqualTo(data.messages());
        assertThat(saved.data().expected()).isEqualTo("Roma|Rome");
        assertThat(saved.data().scorer()).isEqualTo(new Scorer.ContainsAny(true));
        assertThat(saved.data().tags()).containsExactly("geo");
    }

    @Test
    void deleting_a_case_asks_first() {
        Suite suite = scene.suiteWithCases("delete", "First?", "1", "Second?", "2");
        open(scene.editor, suite);

        test(SuiteScene.rowButton(find(CasesSection.class).single().grid, 0, "Delete case")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(confirm).getText()).contains("First?");
        test(confirm).confirm();

        assertThat(caseRows()).extracting(row -> row.data().question()).containsExactly("Second?");
    }

    @Test
    void saving_a_suite_someone_else_just_changed_offers_reload_instead_of_overwriting() {
        Suite suite = scene.suite("contended");
        open(scene.editor, suite);
        fixtures.as(scene.editor, () -> suites.update(suite.id(),
                new SuiteData(suite.data().name(), "Changed meanwhile", suite.data().defaultScorer()), suite.version()));

        test(findInView(Button.class).withText("Edit").single()).click();
        SuiteDialog dialog = find(SuiteDialog.class).single();
        test(dialog.description).setValue("Mine");
        test(find(Button.class, dialog).withText("Save changes").single()).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Changed by someone else");
        assertThat(scene.reread(suite).data().description()).isEqualTo("Changed meanwhile");
    }

    @Test
    void deleting_the_suite_asks_first_and_returns_to_the_list() {
        Suite suite = scene.suite("doomed");
        open(scene.editor, suite);

        test(findInView(Button.class).withText("Delete").single()).click();
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(SuiteListView.class);
        assertThatThrownBy(() -> scene.reread(suite)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_viewer_reads_everything_but_gets_no_buttons_and_the_service_refuses_a_crafted_change() {
        Suite suite = scene.suiteWithCases("read-only", "What is 2 + 2?", "4");
        open(scene.viewer, suite);

        assertThat(caseRows()).hasSize(1);
        for (String action : List.of("Edit", "Delete", "Add case", "Import", "Attach to model", "Compare models")) {
            assertThat(findInView(Button.class).withText(action).exists()).as(action).isFalse();
        }
        assertThat(find(CasesSection.class).single().grid.getColumnByKey(CasesSection.ACTIONS)).isNull();
        assertThat(find(Anchor.class).withText("Export CSV").exists()).isTrue();

        CaseData crafted = CaseData.prompt("Injected?", "yes", null, List.of());
        assertThatThrownBy(() -> suites.addCase(suite.id(), crafted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suites.delete(suite.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(scene.reread(suite).caseCount()).isEqualTo(1);
    }

    @Test
    void another_teams_suite_is_not_found_and_reveals_nothing() {
        SuiteScene elsewhere = new SuiteScene(fixtures, suites);
        Suite hidden = elsewhere.suiteWithCases("secret", "Secret question?", "secret answer");
        signIn(scene.editor);

        UI.getCurrent().navigate("evaluations/suites/" + hidden.id());

        assertThat(getCurrentView()).isNotInstanceOf(SuiteView.class);
        assertThat(find(H3.class, find(EmptyState.class).single()).single().getText()).isEqualTo("Not found");
        assertThat(find(Span.class).all()).noneMatch(span -> span.getText().contains(hidden.data().name()));
    }

    private void open(dev.beacon.security.UserAccount user, Suite suite) {
        signIn(user);
        UI.getCurrent().navigate("evaluations/suites/" + suite.id());
        assertThat(getCurrentView()).isInstanceOf(SuiteView.class);
    }

    private List<EvalCase> caseRows() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<EvalCase>) find(CasesSection.class).single().grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private String download(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).withText(text).single()).download(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
