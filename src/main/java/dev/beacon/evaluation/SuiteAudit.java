package dev.beacon.evaluation;

import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The audit entries of suites and their cases, written in the caller's transaction. */
@Component
class SuiteAudit {

    static final String SUITE = "Evaluation suite";

    private final AuditLog auditLog;

    SuiteAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void created(Suite suite) {
        auditLog.created(subject(suite), snapshot(suite));
    }

    void updated(Suite before, Suite after) {
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
    }

    void deleted(Suite suite) {
        auditLog.deleted(subject(suite), snapshot(suite));
    }

    void caseAdded(Suite suite, EvalCase added) {
        auditLog.recorded(subject(suite), "CASE_ADDED", "Added a case to " + describe(suite) + ": " + question(added));
    }

    void caseUpdated(Suite suite, EvalCase updated) {
        auditLog.recorded(subject(suite), "CASE_UPDATED", "Updated a case of " + describe(suite) + ": " + question(updated));
    }

    void caseDeleted(Suite suite, EvalCase deleted) {
        auditLog.recorded(subject(suite), "CASE_DELETED", "Deleted a case of " + describe(suite) + ": " + question(deleted));
    }

    void imported(Suite suite, ImportReport report, CaseFormat format) {
        String replaced = report.mode() == ImportMode.REPLACE ? ", replacing " + report.removed() + " existing" : "";
        auditLog.recorded(subject(suite), "CASES_IMPORTED", "Imported " + report.imported() + " cases from "
                + format.name() + " into " + describe(suite) + replaced);
    }

    private static AuditSubject subject(Suite suite) {
        return new AuditSubject(suite.team(), SUITE, suite.id().toString(), suite.name());
    }

    private static String describe(Suite suite) {
        return "evaluation suite " + suite.name();
    }

    private static String question(EvalCase evalCase) {
        String question = evalCase.data().question().strip().replaceAll("\\s+", " ");
        return "\"" + (question.length() > 80 ? question.substring(0, 79) + "…" : question) + "\"";
    }

    private static Map<String, Object> snapshot(Suite suite) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", suite.name());
        state.put("slug", suite.slug());
        state.put("description", suite.data().description());
        state.put("defaultScorer", ScorerJson.toJson(suite.data().defaultScorer()));
        return state;
    }
}
