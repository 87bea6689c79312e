package dev.beacon.evaluation;

import java.util.List;

/** An import file had problems; nothing of it was saved. The problems are in file order. */
public class CaseImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public CaseImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public CaseImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        String first = problems.isEmpty() ? "" : " " + problems.getFirst();
        return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem." : " problems.") + first;
    }
}
