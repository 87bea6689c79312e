package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading and writing case files: RFC 4180 CSV and JSON Lines, problems by physical line, exact round trips. */
class CaseFileTest {

    static final List<CaseData> VARIED = List.of(
            CaseData.prompt("What is 6 × 7?", "42", new Scorer.NumberWithin(0.5), List.of("arithmetic", "easy")),
            CaseData.prompt("Capital of France?", "Paris", null, List.of()),
            new CaseData(List.of(ChatMessage.system("Answer with one letter."),
                    ChatMessage.user("Which is a fruit?\nA) Carrot\nB) Apple"),
                    ChatMessage.assistant("B"), ChatMessage.user("Sure? Say it again, \"exactly\".")),
                    "B", new Scorer.MultipleChoice(), List.of("choice")),
            CaseData.prompt("  Leading, trailing and \"quoted\"  ", " spaced, ", new Scorer.ExactMatch(false, true, false, true),
                    List.of()),
            CaseData.prompt("Name a primary colour", "red|green\\|ish|blue", new Scorer.ContainsAny(false), List.of()),
            CaseData.prompt("Rate it", "", new Scorer.LlmJudge(new ModelId(UUID.randomUUID()), "Be fair", 0.8),
                    List.of("judge")),
            CaseData.prompt("Zürich ﬁrst, ", "Zürich", new Scorer.Regex(), List.of("unicode")));

    @Test
    void csv_export_reads_back_to_the_same_cases() {
        String csv = CaseFile.write(CaseFormat.CSV, VARIED);
        CaseFile read = CaseFile.read(CaseFormat.CSV, csv);

        assertThat(read.problems()).isEmpty();
        assertThat(read.cases()).extracting(CaseFile.Line::data).containsExactlyElementsOf(VARIED);
        assertThat(csv).startsWith("prompt,messages,expected,scorer,scorer_options,tags\r\n");
    }

    @Test
    void jsonl_export_reads_back_to_the_same_cases() {
        String jsonl = CaseFile.write(CaseFormat.JSONL, VARIED);
        CaseFile read = CaseFile.read(CaseFormat.JSONL, jsonl);

        assertThat(read.problems()).isEmpty();
        assertThat(read.cases()).extracting(CaseFile.Line::data).containsExactlyElementsOf(VARIED);
        assertThat(jsonl.lines().findFirst().orElseThrow())
                .isEqualTo("{\"prompt\":\"What is 6 × 7?\",\"expected\":\"42\",\"scorer\":{\"type\":\"number\",\"tolerance\":0.5},"
                        + "\"tags\":[\"arithmetic\",\"easy\"]}");
    }

    @Test
    void csv_export_keeps_spreadsheets_from_running_cells_as_formulas_and_reads_back_the_same_text() {
        List<CaseData> risky = List.of(
                CaseData.prompt("=HYPERLINK(\"http://evil.example\")", "-5", new Scorer.NumberWithin(0), List.of("@ops")),
                CaseData.prompt("'=already quoted", "+1", null, List.of()));
        String csv = CaseFile.write(CaseFormat.CSV, risky);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",,'-5,number,", ",'@ops\r\n",
                "''=already quoted,,'+1,");
        assertThat(CaseFile.read(CaseFormat.CSV, csv).cases()).extracting(CaseFile.Line::data)
                .containsExactlyElementsOf(risky);
        // a spreadsheet saves the cell without its apostrophe: still the same text
        assertThat(CaseFile.read(CaseFormat.CSV, "prompt,expected\nq,-5\n").cases().getFirst().data().expected())
                .isEqualTo("-5");
    }

    @Test
    void csv_columns_come_in_any_order_and_cells_may_span_lines_while_problems_name_the_physical_line() {
        String csv = """
                expected,tags,prompt
                Paris,geo;easy,Capital of France?
                "4","math","What is
                2 + 2?"
                Berlin,,
                """;
        CaseFile read = CaseFile.read(CaseFormat.CSV, csv);

        assertThat(read.cases()).extracting(CaseFile.Line::line).containsExactly(2, 3);
        assertThat(read.cases().get(0).data()).isEqualTo(CaseData.prompt("Capital of France?", "Paris", null,
                List.of("geo", "easy")));
        assertThat(read.cases().get(1).data().question()).isEqualTo("What is\n2 + 2?");
        assertThat(read.problems()).containsExactly(new ImportProblem(5, "prompt", "Give either a prompt or messages"));
    }

    @Test
    void csv_header_problems_are_reported_on_line_one() {
        assertThat(CaseFile.read(CaseFormat.CSV, "prompt,answer\nq,a\n").problems())
                .extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(1, "answer"));
        assertThat(CaseFile.read(CaseFormat.CSV, "prompt,tags\nq,a\n").problems().getFirst().message())
                .contains("no \"expected\" column");
    }

    @Test
    void csv_rows_with_the_wrong_cell_count_bad_json_or_an_unclosed_quote_name_their_line() {
        String csv = "prompt,expected,scorer,scorer_options\r\nq1,a,,\r\nq2,a\r\nq3,a,number,{tolerance: 1}\r\n"
                + "q4,a,number,\"{\"\"tolerance\"\": -1}\"\r\nq5,a,fuzzy,\r\n\"q6,a,,\r\n";
        CaseFile read = CaseFile.read(CaseFormat.CSV, csv);

        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(7, null));
        CaseFile withoutBrokenQuote = CaseFile.read(CaseFormat.CSV, csv.substring(0, csv.lastIndexOf("\"q6")));
        // a negative tolerance is well-formed: the case rules refuse it later, also by line
        assertThat(withoutBrokenQuote.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(3, null), tuple(4, "scorer_options"), tuple(6, "scorer"));
        assertThat(withoutBrokenQuote.cases()).extracting(CaseFile.Line::line).containsExactly(2, 5);
    }

    @Test
    void jsonl_skips_blank_lines_and_names_the_line_and_field_of_each_problem() {
        String jsonl = """
                {"prompt": "q1", "expected": "a"}

                {"prompt": "q2", "expected": 42}
                {"prompt": "q3", "expected": "a", "expect": "typo"}
                {"messages": [{"role": "user", "content": "q4"}], "expected": "a", "scorer": {"type": "contains", "ignoreCase": "yes"}}
                not json
                {"prompt": "q6", "messages": [], "expected": "a"}
                {"messages": [{"role": "user", "content": "q7"}], "expected": "a", "tags": ["x", "y"]}
                """;
        CaseFile read = CaseFile.read(CaseFormat.JSONL, jsonl);

        assertThat(read.cases()).extracting(CaseFile.Line::line).containsExactly(1, 8);
        assertThat(read.problems()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(read.problems()).extracting(ImportProblem::field)
                .containsExactly("expected", "expect", "scorer", null, "prompt");
        assertThat(read.problems().getFirst().message()).contains("write it in quotes");
    }

    @Test
    void the_examples_of_the_formats_document_read_without_problems() throws Exception {
        String doc = Files.readString(Path.of("docs", "evaluation-formats.md"));
        for (CaseFormat format : CaseFormat.values()) {
            Matcher block = Pattern.compile("(?s)```" + format.extension() + "\n(.*?)```").matcher(doc);
            assertThat(block.find()).as(format.name()).isTrue();
            CaseFile read = CaseFile.read(format, block.group(1));

            assertThat(read.problems()).as(format.name()).isEmpty();
            assertThat(read.cases()).as(format.name()).hasSize(6).allSatisfy(line -> assertThat(
                    CaseRules.problem(CaseRules.normalized(line.data()), Scorer.defaultScorer())).isEmpty());
        }
    }
}
