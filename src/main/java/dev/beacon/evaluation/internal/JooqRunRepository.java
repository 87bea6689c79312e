package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.Outcome;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.TeamId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.beacon.jooq.Tables.EVAL_RESULT;
import static dev.beacon.jooq.Tables.EVAL_RUN;

/**
 * Runs as they start, progress and end. Every write to a run's figures is conditional on the run still RUNNING, so a
 * run cancelled (or closed) meanwhile, from any instance, takes no more results and cannot be finished again.
 */
@Repository
public class JooqRunRepository {

    public static final String STOPPED = "Beacon stopped during the run";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    JooqRunRepository(DSLContext db) {
        this.db = db;
    }

    public RunId insert(NewRun run) {
        return db.insertInto(EVAL_RUN).set(columns(run))
                .returning(EVAL_RUN.EVAL_RUN_ID).fetchOne(EVAL_RUN.EVAL_RUN_ID);
    }

    /**
     * Claims a scheduled occurrence: inserts its run unless a run of the same attachment and due time exists (claimed
     * before, by this or another instance), in which case it answers empty and nothing is written.
     */
    public Optional<RunId> claim(NewRun run) {
        return db.insertInto(EVAL_RUN).set(columns(run))
                .onConflict(EVAL_RUN.EVAL_ATTACHMENT_ID, EVAL_RUN.DUE_AT).doNothing()
                .returning(EVAL_RUN.EVAL_RUN_ID).fetchOptional(EVAL_RUN.EVAL_RUN_ID);
    }

    /** Adds a scored case to a RUNNING run (its counts and tokens, and its result); false when the run is over. */
    public boolean record(RunId run, ResultRow result) {
        int updated = db.update(EVAL_RUN)
                .set(EVAL_RUN.PASSED, EVAL_RUN.PASSED.plus(result.outcome() == Outcome.PASSED ? 1 : 0))
                .set(EVAL_RUN.FAILED, EVAL_RUN.FAILED.plus(result.outcome() == Outcome.FAILED ? 1 : 0))
                .set(EVAL_RUN.ERRORED, EVAL_RUN.ERRORED.plus(result.outcome() == Outcome.ERRORED ? 1 : 0))
                .set(EVAL_RUN.PROMPT_TOKENS, EVAL_RUN.PROMPT_TOKENS.plus(orZero(result.promptTokens())))
                .set(EVAL_RUN.COMPLETION_TOKENS, EVAL_RUN.COMPLETION_TOKENS.plus(orZero(result.completionTokens())))
                .where(EVAL_RUN.EVAL_RUN_ID.eq(run), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .execute();
        if (updated == 0) {
            return false;
        }
        db.insertInto(EVAL_RESULT)
                .set(EVAL_RESULT.EVAL_RUN_ID, run)
                .set(EVAL_RESULT.EVAL_CASE_ID, result.caseId())
                .set(EVAL_RESULT.POSITION, result.position())
                .set(EVAL_RESULT.QUESTION, result.question())
                .set(EVAL_RESULT.EXPECTED, result.expected())
                .set(EVAL_RESULT.ANSWER, result.answer())
                .set(EVAL_RESULT.OUTCOME, result.outcome())
                .set(EVAL_RESULT.SCORE, result.score())
                .set(EVAL_RESULT.REASON, result.reason())
                .set(EVAL_RESULT.LATENCY_MS, result.latencyMs())
                .set(EVAL_RESULT.PROMPT_TOKENS, result.promptTokens())
                .set(EVAL_RESULT.COMPLETION_TOKENS, result.completionTokens())
                .set(EVAL_RESULT.FINISHED_AT, result.finishedAt())
                .execute();
        return true;
    }

    /** Locks the RUNNING run's row and answers its counts; empty when it is over. */
    public Optional<RunCounts> lockCounts(RunId run) {
        return db.select(EVAL_RUN.TOTAL_CASES, EVAL_RUN.PASSED, EVAL_RUN.FAILED, EVAL_RUN.ERRORED).from(EVAL_RUN)
                .where(EVAL_RUN.EVAL_RUN_ID.eq(run), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .forUpdate()
                .fetchOptional(row -> new RunCounts(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** The reason most of the run's errored cases gave, if any errored. */
    public Optional<String> commonestFailure(RunId run) {
        return db.select(EVAL_RESULT.REASON).from(EVAL_RESULT)
                .where(EVAL_RESULT.EVAL_RUN_ID.eq(run), EVAL_RESULT.OUTCOME.eq(Outcome.ERRORED), EVAL_RESULT.REASON.isNotNull())
                .groupBy(EVAL_RESULT.REASON)
                .orderBy(DSL.count().desc(), EVAL_RESULT.REASON)
                .limit(1)
                .fetchOptional(EVAL_RESULT.REASON);
    }

    /** Ends a RUNNING run with its verdict and the latency percentiles of the calls that answered. */
    public boolean finish(RunId run, RunStatus status, Double accuracy, String reason, Instant now) {
        return db.update(EVAL_RUN)
                .set(EVAL_RUN.STATUS, status)
                .set(EVAL_RUN.ACCURACY, accuracy)
                .set(EVAL_RUN.ERROR_REASON, reason)
                .set(EVAL_RUN.FINISHED_AT, now)
                .set(EVAL_RUN.LATENCY_P50_MS, percentile(run, 0.5))
                .set(EVAL_RUN.LATENCY_P95_MS, percentile(run, 0.95))
                .where(EVAL_RUN.EVAL_RUN_ID.eq(run), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .execute() == 1;
    }

    /** Cancels a RUNNING run; false when it was over already. */
    public boolean cancel(RunId run, String reason, Instant now) {
        return db.update(EVAL_RUN)
                .set(EVAL_RUN.STATUS, RunStatus.CANCELLED)
                .set(EVAL_RUN.ERROR_REASON, reason)
                .set(EVAL_RUN.FINISHED_AT, now)
                .where(EVAL_RUN.EVAL_RUN_ID.eq(run), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .execute() == 1;
    }

    /** Tells the database these runs are alive; answers those still RUNNING (the others were cancelled or closed). */
    public Set<RunId> heartbeat(Collection<RunId> runs, Instant now) {
        if (runs.isEmpty()) {
            return Set.of();
        }
        return db.update(EVAL_RUN).set(EVAL_RUN.HEARTBEAT_AT, now)
                .where(EVAL_RUN.EVAL_RUN_ID.in(runs), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .returning(EVAL_RUN.EVAL_RUN_ID)
                .fetchSet(EVAL_RUN.EVAL_RUN_ID);
    }

    /** Closes these runs, if still RUNNING, as ERRORED because their instance stops. */
    public int closeStopped(Collection<RunId> runs, Instant now) {
        return runs.isEmpty() ? 0 : db.update(EVAL_RUN)
                .set(EVAL_RUN.STATUS, RunStatus.ERRORED)
                .set(EVAL_RUN.ERROR_REASON, STOPPED)
                .set(EVAL_RUN.FINISHED_AT, now)
                .where(EVAL_RUN.EVAL_RUN_ID.in(runs), EVAL_RUN.STATUS.eq(RunStatus.RUNNING))
                .execute();
    }

    /** Closes RUNNING runs whose instance has not been heard of since {@code staleBefore} as ERRORED. */
    public List<RunId> closeStale(Instant staleBefore, Instant now) {
        return db.update(EVAL_RUN)
                .set(EVAL_RUN.STATUS, RunStatus.ERRORED)
                .set(EVAL_RUN.ERROR_REASON, STOPPED)
                .set(EVAL_RUN.FINISHED_AT, now)
                .where(EVAL_RUN.STATUS.eq(RunStatus.RUNNING),
                        DSL.coalesce(EVAL_RUN.HEARTBEAT_AT, EVAL_RUN.STARTED_AT).lt(staleBefore))
                .returning(EVAL_RUN.EVAL_RUN_ID)
                .fetch(EVAL_RUN.EVAL_RUN_ID);
    }

    /** Teams with runs, whose answers telemetry retention may have to forget. */
    public Set<TeamId> teamsWithRuns() {
        return db.selectDistinct(EVAL_RUN.TEAM_ID).from(EVAL_RUN).fetchSet(EVAL_RUN.TEAM_ID);
    }

    /** Forgets the answers of the team's runs that finished before {@code before}; answers how many. */
    public int forgetAnswers(TeamId team, Instant before) {
        return db.update(EVAL_RESULT).setNull(EVAL_RESULT.ANSWER)
                .where(EVAL_RESULT.ANSWER.isNotNull(), EVAL_RESULT.EVAL_RUN_ID.in(
                        DSL.select(EVAL_RUN.EVAL_RUN_ID).from(EVAL_RUN)
                                .where(EVAL_RUN.TEAM_ID.eq(team), EVAL_RUN.FINISHED_AT.lt(before))))
                .execute();
    }

    private static Field<Double> percentile(RunId run, double fraction) {
        return DSL.field(DSL.select(DSL.percentileCont(fraction).withinGroupOrderBy(EVAL_RESULT.LATENCY_MS))
                .from(EVAL_RESULT)
                .where(EVAL_RESULT.EVAL_RUN_ID.eq(run), EVAL_RESULT.ANSWER.isNotNull(), EVAL_RESULT.LATENCY_MS.isNotNull()))
                .cast(Double.class);
    }

    private static Map<Field<?>, Object> columns(NewRun run) {
        Map<Field<?>, Object> columns = new HashMap<>();
        columns.put(EVAL_RUN.TEAM_ID, run.team());
        columns.put(EVAL_RUN.EVAL_SUITE_ID, run.suite());
        columns.put(EVAL_RUN.MODEL_ID, run.model());
        columns.put(EVAL_RUN.EVAL_ATTACHMENT_ID, run.attachment());
        columns.put(EVAL_RUN.TRIGGER, run.trigger());
        columns.put(EVAL_RUN.STATUS, RunStatus.RUNNING);
        columns.put(EVAL_RUN.DUE_AT, run.dueAt());
        columns.put(EVAL_RUN.MODEL_VERSION_LABEL, run.modelVersionLabel());
        columns.put(EVAL_RUN.SETTINGS, JSONB.valueOf(JSON.writeValueAsString(run.settings())));
        columns.put(EVAL_RUN.TOTAL_CASES, run.totalCases());
        columns.put(EVAL_RUN.STARTED_BY_USER_ID, run.startedBy());
        columns.put(EVAL_RUN.STARTED_AT, run.startedAt());
        columns.put(EVAL_RUN.HEARTBEAT_AT, run.startedAt());
        columns.put(EVAL_RUN.RUNNING_ON, run.runningOn());
        return columns;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
