package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqCaseRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports a case file into a suite all or nothing: every line is read and checked first, and only a file without a
 * single problem is written. Runs in the caller's transaction, after the caller checked the EDITOR role.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseImport {

    /** The most problems one import reports; a file that wrong needs fixing as a whole. */
    static final int MAX_PROBLEMS = 100;

    private final JooqSuiteRepository suites;
    private final JooqCaseRepository cases;
    private final SuiteChecks checks;
    private final SuiteAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseImport(JooqSuiteRepository suites, JooqCaseRepository cases, SuiteChecks checks, SuiteAudit audit,
               CurrentUser currentUser, Clock clock) {
        this.suites = suites;
        this.cases = cases;
        this.checks = checks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ImportReport run(Suite suite, CaseFormat format, String text, ImportMode mode) {
        if (text == null || text.isBlank()) {
            throw new CaseImportException(new ImportProblem(0, null, "The file is empty"));
        }
        if (text.length() > SuiteService.MAX_IMPORT_CHARS) {
            throw new CaseImportException(new ImportProblem(0, null, "The file is larger than "
                    + SuiteService.MAX_IMPORT_CHARS / (1024 * 1024) + " MB; split it into several imports"));
        }
        CaseFile file = CaseFile.read(format, text);
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        List<CaseData> accepted = new ArrayList<>();
        for (CaseFile.Line line : file.cases()) {
            CaseData data = CaseRules.normalized(line.data());
            checks.problem(suite.team(), data, suite.data().defaultScorer()).ifPresentOrElse(
                    problem -> problems.add(new ImportProblem(line.line(),
                            CaseFile.fieldInFile(format, problem.field(), line), problem.message())),
                    () -> accepted.add(data));
        }
        if (!problems.isEmpty()) {
            throw new CaseImportException(inFileOrder(problems));
        }
        if (accepted.isEmpty()) {
            throw new CaseImportException(new ImportProblem(0, null, "The file holds no cases"));
        }
        suites.lock(suite.id());
        int existing = cases.count(suite.id());
        int kept = mode == ImportMode.REPLACE ? 0 : existing;
        if (kept + accepted.size() > SuiteService.MAX_CASES) {
            throw new CaseImportException(new ImportProblem(0, null, "A suite holds at most " + SuiteService.MAX_CASES
                    + " cases; this import would make " + (kept + accepted.size())));
        }
        Instant now = clock.instant();
        int removed = mode == ImportMode.REPLACE ? cases.deleteAll(suite.id()) : 0;
        cases.insertAll(suite.id(), mode == ImportMode.REPLACE ? 0 : cases.nextPosition(suite.id()), accepted, now);
        suites.touch(suite.id(), currentUser.id(), now);
        ImportReport report = new ImportReport(mode, accepted.size(), removed, kept + accepted.size());
        audit.imported(suite, report, format);
        return report;
    }

    private static List<ImportProblem> inFileOrder(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return sorted.size() > MAX_PROBLEMS ? sorted.subList(0, MAX_PROBLEMS) : sorted;
    }
}
