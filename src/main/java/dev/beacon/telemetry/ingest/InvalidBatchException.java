package dev.beacon.telemetry.ingest;

import java.util.List;

/** A batch had invalid items; nothing of it was stored. */
public class InvalidBatchException extends RuntimeException {

    private final List<IngestionProblem> problems;

    public InvalidBatchException(List<IngestionProblem> problems) {
        super(problems.size() + " item(s) of the batch are invalid; nothing was stored");
        this.problems = List.copyOf(problems);
    }

    public List<IngestionProblem> problems() {
        return problems;
    }
}
