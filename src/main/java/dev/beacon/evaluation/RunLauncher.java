package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqCaseRepository;
import dev.beacon.evaluation.internal.JooqRunRepository;
import dev.beacon.evaluation.internal.NewRun;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts runs: picks the cases (all, or a random sample in suite order), records the RUNNING run with the model's
 * current version label and the settings it uses, and hands it to the {@link RunExecutor} once the transaction that
 * recorded it commits — a run that was never committed never executes. Callers check rights; this checks nothing.
 */
@Component
class RunLauncher {

    private final JooqCaseRepository cases;
    private final JooqRunRepository runs;
    private final ModelDirectory models;
    private final RunExecutor executor;
    private final SuiteRunner runner;
    private final Clock clock;

    RunLauncher(JooqCaseRepository cases, JooqRunRepository runs, ModelDirectory models, RunExecutor executor,
                SuiteRunner runner, Clock clock) {
        this.cases = cases;
        this.runs = runs;
        this.models = models;
        this.executor = executor;
        this.runner = runner;
        this.clock = clock;
    }

    /** Starts a run now (MANUAL or COMPARE); must be called in a transaction. */
    RunId start(Suite suite, ModelId model, RunTrigger trigger, AttachmentId attachment, AttachmentData settings,
                UserId startedBy) {
        List<EvalCase> cases = pick(suite, settings.sampleSize());
        if (cases.isEmpty()) {
            throw new InvalidInputException("suite", "The suite has no cases yet: add or import some first");
        }
        RunId id = runs.insert(newRun(suite, model, trigger, attachment, null, settings, cases.size(), startedBy));
        executeAfterCommit(new RunPlan(id, suite, model, settings.settings(), cases));
        return id;
    }

    /**
     * Claims the scheduled occurrence {@code dueAt} of the attachment and starts its run; empty when the occurrence was
     * claimed before (by any instance) or the suite has no cases. Must be called in a transaction.
     */
    Optional<RunId> claim(Suite suite, Attachment attachment, Instant dueAt) {
        List<EvalCase> cases = pick(suite, attachment.data().sampleSize());
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        Optional<RunId> claimed = runs.claim(newRun(suite, attachment.model(), RunTrigger.SCHEDULED, attachment.id(), dueAt,
                attachment.data(), cases.size(), null));
        claimed.ifPresent(id -> executeAfterCommit(new RunPlan(id, suite, attachment.model(), attachment.data().settings(), cases)));
        return claimed;
    }

    private NewRun newRun(Suite suite, ModelId model, RunTrigger trigger, AttachmentId attachment, Instant dueAt,
                          AttachmentData settings, int cases, UserId startedBy) {
        return new NewRun(suite.team(), suite.id(), model, attachment, trigger, dueAt,
                models.versionLabel(model).orElse(null), settings.settings(), cases, startedBy, clock.instant(),
                executor.instanceName());
    }

    private List<EvalCase> pick(Suite suite, Integer sampleSize) {
        List<EvalCase> all = this.cases.cases(suite.id());
        if (sampleSize == null || sampleSize >= all.size()) {
            return all;
        }
        List<EvalCase> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, ThreadLocalRandom.current());
        List<EvalCase> sample = new ArrayList<>(shuffled.subList(0, sampleSize));
        sample.sort(Comparator.comparingInt(EvalCase::position));
        return sample;
    }

    private void executeAfterCommit(RunPlan plan) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.submit(plan.id(), handle -> runner.execute(plan, handle));
            }
        });
    }
}
