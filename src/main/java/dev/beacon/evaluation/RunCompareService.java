package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqAttachmentRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.evaluation.internal.JooqRunQuery;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Two runs of one suite side by side — two models, or one model before and after a version change — case by case,
 * regressed cases first. VIEWERs compare runs of their teams; EDITORs start a comparison (the suite on two models at
 * once, trigger COMPARE).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RunCompareService {

    private final RunService runs;
    private final RunLauncher launcher;
    private final JooqRunQuery query;
    private final JooqSuiteRepository suites;
    private final JooqAttachmentRepository attachments;
    private final AttachmentChecks checks;
    private final TeamAccess access;
    private final CurrentUser currentUser;

    RunCompareService(RunService runs, RunLauncher launcher, JooqRunQuery query, JooqSuiteRepository suites,
                      JooqAttachmentRepository attachments, AttachmentChecks checks, TeamAccess access,
                      CurrentUser currentUser) {
        this.runs = runs;
        this.launcher = launcher;
        this.query = query;
        this.suites = suites;
        this.attachments = attachments;
        this.checks = checks;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Both runs must be readable and of the same suite. */
    @Transactional(readOnly = true)
    public Comparison compare(RunId a, RunId b) {
        Run first = runs.run(a);
        Run second = runs.run(b);
        if (!first.suite().equals(second.suite())) {
            throw new InvalidInputException("b", "Compare two runs of the same suite");
        }
        return new Comparison(first, second, CaseMatching.compare(query.results(a), query.results(b)));
    }

    /** Starts the suite on both models (each with its attachment's settings, or the defaults) and answers both runs. */
    @Transactional
    public RunPair startComparison(SuiteId suite, ModelId a, ModelId b) {
        Suite ref = suites.find(suite).orElseThrow(() -> new NotFoundException("Suite"));
        access.require(ref.team(), TeamRole.EDITOR, "Suite");
        checks.requireModelOf(ref, a, "a");
        checks.requireModelOf(ref, b, "b");
        if (a.equals(b)) {
            throw new InvalidInputException("b", "Choose two different models");
        }
        return new RunPair(start(ref, a), start(ref, b));
    }

    private Run start(Suite suite, ModelId model) {
        Optional<Attachment> attachment = attachments.find(suite.id(), model);
        RunId id = launcher.start(suite, model, RunTrigger.COMPARE, attachment.map(Attachment::id).orElse(null),
                attachment.map(Attachment::data).orElseGet(() -> AttachmentData.defaults(model)), currentUser.id());
        return query.find(id).orElseThrow();
    }
}
