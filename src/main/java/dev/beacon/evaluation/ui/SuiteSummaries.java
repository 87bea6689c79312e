package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.shared.ModelId;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For the suites list: the models each suite is attached to and each one's latest accuracy, read once per suite and
 * view (the list of one person's teams' suites is short).
 */
final class SuiteSummaries {

    private static final int RECENT_RUNS = 30;

    private final AttachmentService attachments;
    private final RunService runs;
    private final Map<SuiteId, Summary> read = new HashMap<>();

    SuiteSummaries(AttachmentService attachments, RunService runs) {
        this.attachments = attachments;
        this.runs = runs;
    }

    Summary of(SuiteId suite) {
        return read.computeIfAbsent(suite, this::summarise);
    }

    private Summary summarise(SuiteId suite) {
        List<Attachment> attached = attachments.ofSuite(suite);
        Map<ModelId, Run> latest = new LinkedHashMap<>();
        for (Run run : runs.runsOfSuite(suite, RECENT_RUNS)) {
            if (run.status() == RunStatus.COMPLETED) {
                latest.putIfAbsent(run.model(), run);
            }
        }
        String models = attached.isEmpty() ? "None yet"
                : attached.stream().map(Attachment::modelName).collect(Collectors.joining(", "));
        String accuracy = latest.isEmpty() ? "No runs yet" : latest.values().stream()
                .map(run -> run.modelName() + " " + RunText.accuracy(run.accuracy()))
                .collect(Collectors.joining(", "));
        return new Summary(models, accuracy);
    }

    record Summary(String attachedModels, String latestAccuracy) {
    }
}
