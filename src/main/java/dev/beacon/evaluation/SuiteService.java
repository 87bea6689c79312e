package dev.beacon.evaluation;

import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;

/**
 * Evaluation suites and their cases as people see and change them. VIEWERs of the suite's team read, EDITORs and
 * OWNERs write; suites and cases of other teams answer "not found", exactly like ones that do not exist. Every change
 * is written with its audit entry in one transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SuiteService {

    /** The most cases one suite holds. */
    public static final int MAX_CASES = 5000;
    /** The largest import file, in characters. */
    public static final int MAX_IMPORT_CHARS = 5 * 1024 * 1024;

    /** Suites of these teams that the current user may read, by name. */
    public List<Suite> suites(Set<TeamId> teams) {
        throw new UnsupportedOperationException("not written yet");
    }

    public Suite suite(SuiteId id) {
        throw new UnsupportedOperationException("not written yet");
    }

    public Suite create(TeamId team, SuiteData data) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Saves the suite if nobody changed it since {@code version}; its slug stays. */
    public Suite update(SuiteId id, SuiteData data, int version) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Deletes the suite with its cases, attachments, runs and results. */
    public void delete(SuiteId id) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The suite's cases in order. */
    public List<EvalCase> cases(SuiteId suite) {
        throw new UnsupportedOperationException("not written yet");
    }

    public EvalCase addCase(SuiteId suite, CaseData data) {
        throw new UnsupportedOperationException("not written yet");
    }

    public EvalCase updateCase(CaseId id, CaseData data) {
        throw new UnsupportedOperationException("not written yet");
    }

    public void deleteCase(CaseId id) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Reads cases from a CSV or JSONL file (see docs/evaluation-formats.md) and saves them all, or nothing.
     *
     * @throws CaseImportException naming every problem by the file's line number; nothing was saved
     */
    public ImportReport importCases(SuiteId suite, CaseFormat format, String text, ImportMode mode) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The suite's cases as a file that {@link #importCases} reads back to the same cases. */
    public String exportCases(SuiteId suite, CaseFormat format) {
        throw new UnsupportedOperationException("not written yet");
    }
}
