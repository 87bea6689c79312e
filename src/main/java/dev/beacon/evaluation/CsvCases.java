package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cases as CSV: a header row naming the columns (any order) — {@code prompt} or {@code messages} (a JSON array),
 * {@code expected}, and optionally {@code scorer} (a type name), {@code scorer_options} (a JSON object) and
 * {@code tags} (separated by ";"). See docs/evaluation-formats.md.
 */
final class CsvCases {

    static final List<String> COLUMNS = List.of("prompt", "messages", "expected", "scorer", "scorer_options", "tags");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    private CsvCases() {
    }

    static CaseFile read(String text) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.read(text).stream().filter(row -> !row.blank()).toList();
        } catch (CsvText.Malformed e) {
            return new CaseFile(List.of(), List.of(new ImportProblem(e.line, null, e.getMessage())));
        }
        if (rows.isEmpty()) {
            return new CaseFile(List.of(), List.of(new ImportProblem(1, null, "The file is empty; it needs a header row")));
        }
        CsvText.Row header = rows.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>(headerProblems(header, columns));
        if (!problems.isEmpty()) {
            return new CaseFile(List.of(), problems);
        }
        List<CaseFile.Line> cases = new ArrayList<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != header.cells().size()) {
                problems.add(new ImportProblem(row.line(), null, "The row has " + row.cells().size()
                        + " cells, the header " + header.cells().size()));
                continue;
            }
            try {
                cases.add(line(row, columns));
            } catch (InvalidInputException e) {
                problems.add(new ImportProblem(row.line(), e.field(), e.getMessage()));
            }
        }
        return new CaseFile(cases, problems);
    }

    static String write(List<CaseData> cases) {
        StringBuilder out = new StringBuilder(CsvText.row(COLUMNS));
        for (CaseData data : cases) {
            boolean prompt = CaseJson.isPrompt(data);
            out.append(CsvText.row(Arrays.asList(
                    prompt ? CsvText.guarded(data.messages().getFirst().content()) : "",
                    prompt ? "" : CaseJson.messages(data.messages()).toString(),
                    CsvText.guarded(data.expected()),
                    data.scorer() == null ? "" : data.scorer().type(),
                    data.scorer() == null ? "" : CaseJson.options(data.scorer()).toString(),
                    CsvText.guarded(String.join(";", data.tags())))));
        }
        return out.toString();
    }

    private static List<ImportProblem> headerProblems(CsvText.Row header, Map<String, Integer> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                problems.add(new ImportProblem(header.line(), name, "Unknown column \"" + header.cells().get(i)
                        + "\"; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(header.line(), name, "The column \"" + name + "\" appears twice"));
            }
        }
        if (problems.isEmpty() && !columns.containsKey("expected")) {
            problems.add(new ImportProblem(header.line(), "expected", "The header has no \"expected\" column"));
        }
        if (problems.isEmpty() && !columns.containsKey("prompt") && !columns.containsKey("messages")) {
            problems.add(new ImportProblem(header.line(), "prompt", "The header needs a \"prompt\" or a \"messages\" column"));
        }
        return problems;
    }

    private static CaseFile.Line line(CsvText.Row row, Map<String, Integer> columns) {
        String prompt = cell(row, columns, "prompt");
        String messages = cell(row, columns, "messages");
        if (prompt.isEmpty() == messages.isBlank()) {
            throw new InvalidInputException(columns.containsKey("prompt") ? "prompt" : "messages",
                    "Give either a prompt or messages" + (prompt.isEmpty() ? "" : ", not both"));
        }
        List<ChatMessage> conversation = prompt.isEmpty() ? CaseJson.messages(json("messages", messages))
                : List.of(ChatMessage.user(prompt));
        CaseData data = new CaseData(conversation, cell(row, columns, "expected"), scorer(row, columns),
                tags(cell(row, columns, "tags")));
        return new CaseFile.Line(row.line(), data, !prompt.isEmpty());
    }

    private static Scorer scorer(CsvText.Row row, Map<String, Integer> columns) {
        String type = cell(row, columns, "scorer").strip();
        String options = cell(row, columns, "scorer_options").strip();
        if (type.isEmpty()) {
            if (!options.isEmpty()) {
                throw new InvalidInputException("scorer", "scorer_options need a scorer");
            }
            return null;
        }
        JsonNode optionsJson = options.isEmpty() ? null : json("scorer_options", options);
        if (optionsJson != null && !optionsJson.isObject()) {
            throw new InvalidInputException("scorer_options", "scorer_options is a JSON object, like {\"tolerance\": 0.5}");
        }
        try {
            return ScorerJson.read(type, optionsJson);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field().startsWith("scorer.") ? "scorer_options" : "scorer", e.getMessage());
        }
    }

    private static List<String> tags(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.split(";"));
    }

    private static JsonNode json(String column, String text) {
        try {
            return CaseJson.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException(column, column + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String cell(CsvText.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : CsvText.unguarded(row.cells().get(index));
    }
}
