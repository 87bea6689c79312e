package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqCaseRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
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

    private static final String CASE = "Evaluation case";

    private final JooqSuiteRepository suites;
    private final JooqCaseRepository cases;
    private final SuiteChecks checks;
    private final SuiteAudit audit;
    private final CaseImport importer;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    SuiteService(JooqSuiteRepository suites, JooqCaseRepository cases, SuiteChecks checks, SuiteAudit audit,
                 CaseImport importer, TeamAccess access, CurrentUser currentUser, Clock clock) {
        this.suites = suites;
        this.cases = cases;
        this.checks = checks;
        this.audit = audit;
        this.importer = importer;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Suites of these teams that the current user may read, by name; teams the user cannot read are left out. */
    @Transactional(readOnly = true)
    public List<Suite> suites(Set<TeamId> teams) {
        Set<TeamId> readable = new HashSet<>(teams);
        readable.retainAll(access.readableTeams());
        return suites.findAll(readable);
    }

    /** The team's suites by name; the team must be readable (otherwise "not found", like a team that does not exist). */
    @Transactional(readOnly = true)
    public List<Suite> suitesOf(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return suites.findAll(Set.of(team));
    }

    @Transactional(readOnly = true)
    public Suite suite(SuiteId id) {
        requireRole(id, TeamRole.VIEWER);
        return load(id);
    }

    @Transactional
    public Suite create(TeamId team, SuiteData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        SuiteData clean = data.normalized();
        checks.requireValid(team, clean);
        SuiteId id;
        try {
            id = suites.insert(team, clean, Slugs.of(clean.name(), suites.slugsOf(team)), currentUser.id(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        Suite suite = load(id);
        audit.created(suite);
        return suite;
    }

    /**
     * Saves the suite if nobody changed it since {@code version}; its slug stays. A new default scorer must fit the
     * expected answers of the cases that use it.
     */
    @Transactional
    public Suite update(SuiteId id, SuiteData data, int version) {
        TeamId team = requireRole(id, TeamRole.EDITOR);
        Suite before = load(id);
        SuiteData clean = data.normalized();
        checks.requireValid(team, clean);
        if (!clean.defaultScorer().equals(before.data().defaultScorer())) {
            checks.requireCasesFit(cases.cases(id), clean.defaultScorer());
        }
        try {
            if (!suites.update(id, version, clean, currentUser.id(), clock.instant())) {
                throw new StaleDataException("This suite");
            }
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        Suite after = load(id);
        audit.updated(before, after);
        return after;
    }

    /** Deletes the suite with its cases, attachments, runs and results. */
    @Transactional
    public void delete(SuiteId id) {
        requireRole(id, TeamRole.EDITOR);
        Suite suite = load(id);
        suites.delete(id);
        audit.deleted(suite);
    }

    /** The suite's cases in order. */
    @Transactional(readOnly = true)
    public List<EvalCase> cases(SuiteId suite) {
        requireRole(suite, TeamRole.VIEWER);
        return cases.cases(suite);
    }

    /** One case. */
    @Transactional(readOnly = true)
    public EvalCase evalCase(CaseId id) {
        SuiteId suite = cases.suiteOf(id).orElseThrow(() -> new NotFoundException(CASE));
        requireRole(suite, TeamRole.VIEWER);
        return loadCase(id);
    }

    /** Adds the case after the suite's last one. */
    @Transactional
    public EvalCase addCase(SuiteId suiteId, CaseData data) {
        TeamId team = requireRole(suiteId, TeamRole.EDITOR);
        Suite suite = load(suiteId);
        CaseData clean = CaseRules.normalized(data);
        checks.requireValid(team, clean, suite.data().defaultScorer());
        suites.lock(suiteId);
        if (cases.count(suiteId) >= MAX_CASES) {
            throw new InvalidInputException("messages", "A suite holds at most " + MAX_CASES + " cases");
        }
        Instant now = clock.instant();
        CaseId id = cases.insert(suiteId, cases.nextPosition(suiteId), clean, now);
        suites.touch(suiteId, currentUser.id(), now);
        EvalCase added = loadCase(id);
        audit.caseAdded(suite, added);
        return added;
    }

    @Transactional
    public EvalCase updateCase(CaseId id, CaseData data) {
        SuiteId suiteId = cases.suiteOf(id).orElseThrow(() -> new NotFoundException(CASE));
        TeamId team = requireRole(suiteId, TeamRole.EDITOR);
        Suite suite = load(suiteId);
        CaseData clean = CaseRules.normalized(data);
        checks.requireValid(team, clean, suite.data().defaultScorer());
        Instant now = clock.instant();
        cases.update(id, clean, now);
        suites.touch(suiteId, currentUser.id(), now);
        EvalCase updated = loadCase(id);
        audit.caseUpdated(suite, updated);
        return updated;
    }

    @Transactional
    public void deleteCase(CaseId id) {
        SuiteId suiteId = cases.suiteOf(id).orElseThrow(() -> new NotFoundException(CASE));
        requireRole(suiteId, TeamRole.EDITOR);
        EvalCase deleted = loadCase(id);
        cases.delete(id);
        suites.touch(suiteId, currentUser.id(), clock.instant());
        audit.caseDeleted(load(suiteId), deleted);
    }

    /**
     * Reads cases from a CSV or JSONL file (see docs/evaluation-formats.md) and saves them all, or nothing. APPEND adds
     * them after the existing cases, REPLACE deletes the existing ones first. One audit entry sums it up.
     *
     * @throws CaseImportException naming every problem by the file's line number; nothing was saved
     */
    @Transactional
    public ImportReport importCases(SuiteId suite, CaseFormat format, String text, ImportMode mode) {
        requireRole(suite, TeamRole.EDITOR);
        return importer.run(load(suite), format, text, mode);
    }

    /** The suite's cases as a file that {@link #importCases} reads back to the same cases. */
    @Transactional(readOnly = true)
    public String exportCases(SuiteId suite, CaseFormat format) {
        requireRole(suite, TeamRole.VIEWER);
        return CaseFile.write(format, cases.cases(suite).stream().map(EvalCase::data).toList());
    }

    private TeamId requireRole(SuiteId id, TeamRole minimum) {
        TeamId team = suites.teamOf(id).orElseThrow(() -> new NotFoundException(SuiteAudit.SUITE));
        access.require(team, minimum, SuiteAudit.SUITE);
        return team;
    }

    private Suite load(SuiteId id) {
        return suites.find(id).orElseThrow(() -> new NotFoundException(SuiteAudit.SUITE));
    }

    private EvalCase loadCase(CaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException(CASE));
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "The team already has a suite of this name");
    }
}
