package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunProgress;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.jooq.tables.records.EvalRunRecord;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.EVAL_RESULT;
import static dev.beacon.jooq.Tables.EVAL_RUN;
import static dev.beacon.jooq.Tables.EVAL_SUITE;
import static dev.beacon.jooq.Tables.MODEL;

/** Runs and their results as pages and the API show them, newest first. */
@Repository
public class JooqRunQuery {

    private final DSLContext db;

    JooqRunQuery(DSLContext db) {
        this.db = db;
    }

    public Optional<Run> find(RunId id) {
        return select(EVAL_RUN.EVAL_RUN_ID.eq(id), 1).stream().findFirst();
    }

    public List<Run> ofModel(ModelId model, int limit) {
        return select(EVAL_RUN.MODEL_ID.eq(model), limit);
    }

    public List<Run> ofSuite(SuiteId suite, int limit) {
        return select(EVAL_RUN.EVAL_SUITE_ID.eq(suite), limit);
    }

    public Optional<TeamId> teamOf(RunId id) {
        return db.select(EVAL_RUN.TEAM_ID).from(EVAL_RUN).where(EVAL_RUN.EVAL_RUN_ID.eq(id)).fetchOptional(EVAL_RUN.TEAM_ID);
    }

    public Optional<RunProgress> progress(RunId id) {
        return db.select(EVAL_RUN.PASSED.plus(EVAL_RUN.FAILED).plus(EVAL_RUN.ERRORED), EVAL_RUN.TOTAL_CASES, EVAL_RUN.STATUS)
                .from(EVAL_RUN).where(EVAL_RUN.EVAL_RUN_ID.eq(id))
                .fetchOptional(row -> new RunProgress(id, row.value1(), row.value2(), row.value3()));
    }

    /** The latest COMPLETED run of the same suite on the same model that started before this one. */
    public Optional<RunId> previousCompleted(Run run) {
        return db.select(EVAL_RUN.EVAL_RUN_ID).from(EVAL_RUN)
                .where(EVAL_RUN.EVAL_SUITE_ID.eq(run.suite()), EVAL_RUN.MODEL_ID.eq(run.model()),
                        EVAL_RUN.STATUS.eq(RunStatus.COMPLETED), EVAL_RUN.STARTED_AT.lt(run.startedAt()),
                        EVAL_RUN.EVAL_RUN_ID.ne(run.id()))
                .orderBy(EVAL_RUN.STARTED_AT.desc())
                .limit(1)
                .fetchOptional(EVAL_RUN.EVAL_RUN_ID);
    }

    /** The run's results in case order. */
    public List<StoredResult> results(RunId id) {
        return db.select(EVAL_RESULT.POSITION, EVAL_RESULT.EVAL_CASE_ID, EVAL_RESULT.QUESTION, EVAL_RESULT.EXPECTED,
                        EVAL_RESULT.ANSWER, EVAL_RESULT.OUTCOME, EVAL_RESULT.SCORE, EVAL_RESULT.REASON,
                        EVAL_RESULT.LATENCY_MS, EVAL_RESULT.PROMPT_TOKENS, EVAL_RESULT.COMPLETION_TOKENS)
                .from(EVAL_RESULT).where(EVAL_RESULT.EVAL_RUN_ID.eq(id)).orderBy(EVAL_RESULT.POSITION)
                .fetch(Records.mapping(StoredResult::new));
    }

    private List<Run> select(Condition where, int limit) {
        return db.select(EVAL_RUN.fields()).select(EVAL_SUITE.NAME, MODEL.NAME, APP_USER.DISPLAY_NAME)
                .from(EVAL_RUN)
                .join(EVAL_SUITE).on(EVAL_SUITE.EVAL_SUITE_ID.eq(EVAL_RUN.EVAL_SUITE_ID))
                .join(MODEL).on(MODEL.MODEL_ID.eq(EVAL_RUN.MODEL_ID))
                .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(EVAL_RUN.STARTED_BY_USER_ID))
                .where(where)
                .orderBy(EVAL_RUN.STARTED_AT.desc(), EVAL_RUN.EVAL_RUN_ID.desc())
                .limit(limit)
                .fetch(JooqRunQuery::run);
    }

    private static Run run(Record row) {
        EvalRunRecord run = row.into(EVAL_RUN);
        return new Run(run.getEvalRunId(), run.getTeamId(), run.getEvalSuiteId(), row.get(EVAL_SUITE.NAME),
                run.getModelId(), row.get(MODEL.NAME), run.getModelVersionLabel(), run.getTrigger(), run.getStatus(),
                run.getErrorReason(), run.getTotalCases(), run.getPassed(), run.getFailed(), run.getErrored(),
                run.getAccuracy(), run.getLatencyP50Ms(), run.getLatencyP95Ms(), run.getPromptTokens(),
                run.getCompletionTokens(), row.get(APP_USER.DISPLAY_NAME), run.getStartedAt(), run.getFinishedAt());
    }
}
