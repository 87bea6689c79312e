package dev.beacon.telemetry.ingest;

import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.internal.ScoreRow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/** The rules every evaluation score must meet. */
final class ScoreChecks {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");
    private static final double MAX_ABS_VALUE = 1e9;
    private static final int MAX_LABEL = 200;

    private final ModelResolver models;
    private final TimeWindow window;

    ScoreChecks(ModelResolver models, TimeWindow window) {
        this.models = models;
        this.window = window;
    }

    /** The score as stored, or null after adding its problems to the list. */
    ScoreRow check(int index, ScoreInput score, List<IngestionProblem> problems) {
        int before = problems.size();
        EventChecks.Problems report = (field, message) -> problems.add(new IngestionProblem(index, field, message));
        ModelResolver.Resolved resolved = models.resolve(score.model());
        if (!resolved.found()) {
            report.add("model", resolved.problem());
        }
        Instant time = window.check(score.timestamp(), report, "timestamp");
        String name = score.name() == null ? null : score.name().strip().toLowerCase();
        if (name == null || !NAME.matcher(name).matches()) {
            report.add("name", "Use 1–64 lowercase letters, digits, dots, dashes, colons or underscores, e.g. accuracy");
        }
        if (score.value() == null || !Double.isFinite(score.value()) || Math.abs(score.value()) > MAX_ABS_VALUE) {
            report.add("value", "Give a finite number");
        }
        checkLabel(score.dataset(), "dataset", report);
        checkLabel(score.evaluator(), "evaluator", report);
        if (problems.size() > before) {
            return null;
        }
        ModelEntry model = resolved.model();
        return new ScoreRow(model.team(), model.id(), time.truncatedTo(ChronoUnit.MICROS), name, score.value(),
                blankToNull(score.dataset()), blankToNull(score.evaluator()));
    }

    private static void checkLabel(String label, String field, EventChecks.Problems report) {
        if (label != null && label.strip().length() > MAX_LABEL) {
            report.add(field, "Use at most 200 characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
