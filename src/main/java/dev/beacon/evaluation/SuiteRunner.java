package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqRunRepository;
import dev.beacon.evaluation.internal.ResultRow;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes one run: sends each case to the model (at most {@code concurrency} calls at once, each on its own virtual
 * thread, each within the per-call timeout), scores the answer, stores the result as soon as it is scored and tells
 * the progress listeners; at the end decides the run's verdict ({@link RunVerdict}) and, when it COMPLETED, writes its
 * accuracy into the model's score series. A cancelled run stops waiting at once: calls in flight are abandoned and
 * their answers dropped.
 */
@Component
class SuiteRunner {

    private static final Logger log = LoggerFactory.getLogger(SuiteRunner.class);

    private final ChatEndpoint endpoint;
    private final CaseScorer scorer;
    private final ModelDirectory models;
    private final ModelCredentials credentials;
    private final JooqRunRepository runs;
    private final ProgressListeners listeners;
    private final RunScores scores;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SuiteRunner(ChatEndpoint endpoint, CaseScorer scorer, ModelDirectory models, ModelCredentials credentials,
                JooqRunRepository runs, ProgressListeners listeners, RunScores scores, TransactionTemplate transactions,
                Clock clock) {
        this.endpoint = endpoint;
        this.scorer = scorer;
        this.models = models;
        this.credentials = credentials;
        this.runs = runs;
        this.listeners = listeners;
        this.scores = scores;
        this.transactions = transactions;
        this.clock = clock;
    }

    void execute(RunPlan plan, RunHandle handle) {
        Optional<ModelEntry> model = models.find(plan.model());
        if (model.isEmpty()) {
            return; // deleted since the run started, and the run with it
        }
        AtomicInteger done = new AtomicInteger();
        String apiKey = credentials.apiKey(plan.model()).orElse(null);
        Semaphore calls = new Semaphore(plan.settings().concurrency());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<CompletableFuture<Void>> cases = plan.cases().stream()
                    .map(evalCase -> CompletableFuture.runAsync(
                            () -> runCase(plan, model.get(), apiKey, evalCase, calls, handle, done), threads))
                    .toList();
            CompletableFuture.anyOf(CompletableFuture.allOf(cases.toArray(CompletableFuture[]::new)), handle.cancellation())
                    .join();
        } finally {
            threads.shutdown();
        }
        if (!handle.cancelled()) {
            finish(plan);
        }
    }

    private void runCase(RunPlan plan, ModelEntry model, String apiKey, EvalCase evalCase, Semaphore calls,
                         RunHandle handle, AtomicInteger done) {
        try {
            calls.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (handle.cancelled()) {
                return;
            }
            ResultRow result = scored(plan, model, apiKey, evalCase);
            if (handle.cancelled()) {
                return;
            }
            if (!Boolean.TRUE.equals(transactions.execute(status -> runs.record(plan.id(), result)))) {
                handle.cancel(); // the run is over elsewhere: cancelled, closed or deleted
                return;
            }
            listeners.publish(new RunProgress(plan.id(), done.incrementAndGet(), plan.cases().size(), RunStatus.RUNNING));
        } catch (RuntimeException e) {
            log.warn("Case {} of run {} could not be stored: {}", evalCase.position(), plan.id(), e.toString());
        } finally {
            calls.release();
        }
    }

    /** Asks the model and scores its answer; a call that gave no answer is an ERRORED case with the call's failure. */
    private ResultRow scored(RunPlan plan, ModelEntry model, String apiKey, EvalCase evalCase) {
        RunSettings settings = plan.settings();
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        CaseData data = evalCase.data();
        ChatReply reply = endpoint.ask(model, apiKey, data.messages(), settings.temperature(), settings.maxTokens(), timeout);
        CaseScore score = reply.ok()
                ? scorer.score(plan.suite().team(), data.scorerOr(plan.suite().data().defaultScorer()), data.question(),
                        data.expected(), reply.answer(), timeout)
                : new CaseScore(Outcome.ERRORED, null, reply.failure());
        return new ResultRow(evalCase.position(), evalCase.id(),
                StoredText.cutToChars(data.question(), StoredText.MAX_QUESTION_CHARS), data.expected(),
                StoredText.cutToBytes(reply.answer(), StoredText.MAX_ANSWER_BYTES), score.outcome(), score.score(),
                StoredText.cutToChars(score.reason(), StoredText.MAX_REASON_CHARS), reply.latencyMs(),
                reply.promptTokens(), reply.completionTokens(), clock.instant());
    }

    /**
     * Decides the verdict from the stored counts. A COMPLETED run's scores are written in the same transaction, so a
     * run never reads COMPLETED without its accuracy in the score series; should they fail, the run still ends.
     */
    private void finish(RunPlan plan) {
        RunProgress end;
        try {
            end = transactions.execute(status -> end(plan, true));
        } catch (RuntimeException e) {
            log.warn("The accuracy of run {} could not be written as a score: {}", plan.id(), e.toString());
            end = transactions.execute(status -> end(plan, false));
        }
        if (end != null) {
            listeners.publish(end);
        }
    }

    private RunProgress end(RunPlan plan, boolean withScores) {
        return runs.lockCounts(plan.id()).map(counts -> {
            RunVerdict verdict = RunVerdict.of(counts.passed(), counts.failed(), counts.errored(),
                    runs.commonestFailure(plan.id()).orElse(null));
            Instant now = clock.instant();
            runs.finish(plan.id(), verdict.status(), verdict.accuracy(), verdict.reason(), now);
            if (withScores && verdict.status() == RunStatus.COMPLETED) {
                scores.write(plan, verdict.accuracy(), now);
            }
            return new RunProgress(plan.id(), counts.done(), counts.total(), verdict.status());
        }).orElse(null);
    }
}
