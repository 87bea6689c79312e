package dev.beacon.evaluation;

import com.vaadin.flow.shared.Registration;
import dev.beacon.evaluation.internal.JooqAttachmentRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.evaluation.internal.JooqRunQuery;
import dev.beacon.evaluation.internal.JooqRunRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs of suites on models: EDITORs start (Run now) and cancel them, VIEWERs of the team read them with their results,
 * regressions and live progress. A run executes in the background; {@link #runNow} answers the RUNNING run at once.
 * Other teams' runs, suites and models answer "not found". See docs/design-decisions/0028-evaluation-runs.md.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RunService {

    public static final int MAX_LIMIT = 500;
    private static final String RUN = "Run";

    private final RunLauncher launcher;
    private final JooqRunQuery query;
    private final JooqRunRepository runs;
    private final JooqAttachmentRepository attachments;
    private final JooqSuiteRepository suites;
    private final ModelDirectory models;
    private final AttachmentChecks checks;
    private final RunExecutor executor;
    private final ProgressListeners listeners;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    RunService(RunLauncher launcher, JooqRunQuery query, JooqRunRepository runs, JooqAttachmentRepository attachments,
               JooqSuiteRepository suites, ModelDirectory models, AttachmentChecks checks, RunExecutor executor,
               ProgressListeners listeners, TeamAccess access, CurrentUser currentUser, Clock clock) {
        this.launcher = launcher;
        this.query = query;
        this.runs = runs;
        this.attachments = attachments;
        this.suites = suites;
        this.models = models;
        this.checks = checks;
        this.executor = executor;
        this.listeners = listeners;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts the suite on the model with the attachment's settings (Beacon's defaults when not attached). */
    @Transactional
    public Run runNow(SuiteId suite, ModelId model) {
        Suite ref = requireSuite(suite, TeamRole.EDITOR);
        checks.requireModelOf(ref, model, "modelId");
        Optional<Attachment> attachment = attachments.find(suite, model);
        RunId id = launcher.start(ref, model, RunTrigger.MANUAL, attachment.map(Attachment::id).orElse(null),
                attachment.map(Attachment::data).orElseGet(() -> AttachmentData.defaults(model)), currentUser.id());
        return query.find(id).orElseThrow();
    }

    /** Cancels a RUNNING run: calls in flight are abandoned, no score is written. A finished run stays as it is. */
    @Transactional
    public Run cancel(RunId id) {
        requireRun(id, TeamRole.EDITOR);
        if (runs.cancel(id, "Cancelled by " + currentUser.details().map(user -> user.displayName()).orElse("a user"),
                clock.instant())) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.handle(id).ifPresent(RunHandle::cancel);
                    query.progress(id).ifPresent(listeners::publish);
                }
            });
        }
        return query.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Run> runsOfModel(ModelId model, int limit) {
        TeamId team = models.find(model).orElseThrow(() -> new NotFoundException("Model")).team();
        access.require(team, TeamRole.VIEWER, "Model");
        return query.ofModel(model, clamp(limit));
    }

    @Transactional(readOnly = true)
    public List<Run> runsOfSuite(SuiteId suite, int limit) {
        requireSuite(suite, TeamRole.VIEWER);
        return query.ofSuite(suite, clamp(limit));
    }

    @Transactional(readOnly = true)
    public Run run(RunId id) {
        requireRun(id, TeamRole.VIEWER);
        return query.find(id).orElseThrow(() -> new NotFoundException(RUN));
    }

    /** The run with its results; a case is marked regressed when it PASSED in the previous COMPLETED run and does not now. */
    @Transactional(readOnly = true)
    public RunDetails details(RunId id) {
        Run run = run(id);
        Optional<RunId> previous = query.previousCompleted(run);
        return new RunDetails(run, CaseMatching.withRegressions(query.results(id),
                previous.map(query::results).orElse(List.of())), previous);
    }

    @Transactional(readOnly = true)
    public RunProgress progress(RunId id) {
        requireRun(id, TeamRole.VIEWER);
        return query.progress(id).orElseThrow(() -> new NotFoundException(RUN));
    }

    /**
     * Calls {@code listener} (on the runner's thread) after every finished case of the run and once at its end; a run
     * that is over already is reported at once. Progress is published by the instance executing the run.
     */
    @Transactional(readOnly = true)
    public Registration onProgress(RunId id, Consumer<RunProgress> listener) {
        RunProgress now = progress(id);
        Registration registration = listeners.add(id, listener);
        if (now.status().finished()) {
            registration.remove();
            listener.accept(now);
        }
        return registration;
    }

    private Suite requireSuite(SuiteId suite, TeamRole role) {
        Suite ref = suites.find(suite).orElseThrow(() -> new NotFoundException("Suite"));
        access.require(ref.team(), role, "Suite");
        return ref;
    }

    private void requireRun(RunId id, TeamRole role) {
        TeamId team = query.teamOf(id).orElseThrow(() -> new NotFoundException(RUN));
        access.require(team, role, RUN);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
