package dev.beacon.evaluation;

/**
 * One thing wrong with an imported file.
 *
 * @param line  the file's physical line number where the case starts (the CSV header is line 1); 0 for the whole file
 * @param field the column or JSON field, e.g. "expected", "scorer_options"; null when the line as a whole is wrong
 */
public record ImportProblem(int line, String field, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "Line " + line + ": " : "") + (field == null ? "" : field + ": ") + message;
    }
}
