package dev.beacon.evaluation;

import java.util.List;

/**
 * A case file read into cases, or the problems that stop it from being imported. Checks of the format only; the case
 * rules (expected answers the scorer can read, a judge of the team) come after, in {@link SuiteService}.
 */
record CaseFile(List<Line> cases, List<ImportProblem> problems) {

    /**
     * A case and the physical line of the file where it starts.
     *
     * @param fromPrompt the file gave a "prompt" rather than "messages"
     */
    record Line(int line, CaseData data, boolean fromPrompt) {
    }

    static CaseFile read(CaseFormat format, String text) {
        return switch (format) {
            case CSV -> CsvCases.read(text);
            case JSONL -> JsonlCases.read(text);
        };
    }

    static String write(CaseFormat format, List<CaseData> cases) {
        return switch (format) {
            case CSV -> CsvCases.write(cases);
            case JSONL -> JsonlCases.write(cases);
        };
    }

    /**
     * The field a case rule's problem names, in the file's own words: scorer options are the CSV column
     * "scorer_options" (and part of "scorer" in JSONL), and the messages of a one-prompt CSV row are its "prompt".
     */
    static String fieldInFile(CaseFormat format, String ruleField, Line line) {
        if (ruleField.startsWith("scorer.")) {
            return format == CaseFormat.CSV ? "scorer_options" : "scorer";
        }
        return ruleField.equals("messages") && line.fromPrompt() ? "prompt" : ruleField;
    }
}
