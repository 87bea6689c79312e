package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqAttachmentRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the runs of the attachments whose schedule is due, each occurrence exactly once across instances and restarts.
 * In one transaction per attachment it locks the attachment's row (a second instance waits, then finds it no longer
 * due), claims the occurrence by inserting its run — UNIQUE(eval_attachment_id, due_at) lets only one insert ever
 * succeed — and moves next_run_at on; the run executes after the commit. An occurrence found claimed is never run
 * again. Runs missed while Beacon was down are not made up: the schedule continues from now. A retired model's
 * schedule passes its occurrences by without running them.
 */
@Component
class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final JooqAttachmentRepository attachments;
    private final JooqSuiteRepository suites;
    private final RunLauncher launcher;
    private final ModelDirectory models;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledRuns(JooqAttachmentRepository attachments, JooqSuiteRepository suites, RunLauncher launcher,
                  ModelDirectory models, TransactionTemplate transactions, Clock clock) {
        this.attachments = attachments;
        this.suites = suites;
        this.launcher = launcher;
        this.models = models;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts every due run; answers the runs this call started. */
    List<RunId> runOnce() {
        Instant now = clock.instant();
        List<RunId> started = new ArrayList<>();
        for (AttachmentId attachment : attachments.due(now)) {
            try {
                transactions.execute(status -> claim(attachment, now)).ifPresent(started::add);
            } catch (RuntimeException e) {
                log.warn("The scheduled run of attachment {} could not start: {}", attachment, e.getMessage());
            }
        }
        return started;
    }

    private Optional<RunId> claim(AttachmentId id, Instant now) {
        Optional<Instant> due = attachments.lockIfDue(id, now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Attachment attachment = attachments.find(id).orElseThrow();
        Suite suite = suites.find(attachment.suite()).orElseThrow();
        boolean retired = models.find(attachment.model()).map(model -> model.status() == ModelStatus.RETIRED).orElse(true);
        Optional<RunId> run = retired ? Optional.empty() : launcher.claim(suite, attachment, due.get());
        RunSchedule schedule = attachment.data().schedule();
        attachments.moveNextRun(id, schedule == null ? null : schedule.nextAfter(due.get(), now));
        return run;
    }
}
