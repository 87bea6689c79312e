package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.CaseId;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.jooq.tables.records.EvalCaseRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.EVAL_CASE;

/** Reads and writes the cases of suites; messages are stored as a JSON array of {role, content}. */
@Repository
public class JooqCaseRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ChatMessage>> MESSAGES = new TypeReference<>() {
    };

    private final DSLContext db;

    JooqCaseRepository(DSLContext db) {
        this.db = db;
    }

    public List<EvalCase> cases(SuiteId suite) {
        return db.selectFrom(EVAL_CASE).where(EVAL_CASE.EVAL_SUITE_ID.eq(suite))
                .orderBy(EVAL_CASE.POSITION)
                .fetch(JooqCaseRepository::evalCase);
    }

    public Optional<EvalCase> find(CaseId id) {
        return db.selectFrom(EVAL_CASE).where(EVAL_CASE.EVAL_CASE_ID.eq(id)).fetchOptional(JooqCaseRepository::evalCase);
    }

    public Optional<SuiteId> suiteOf(CaseId id) {
        return db.select(EVAL_CASE.EVAL_SUITE_ID).from(EVAL_CASE).where(EVAL_CASE.EVAL_CASE_ID.eq(id))
                .fetchOptional(EVAL_CASE.EVAL_SUITE_ID);
    }

    public int count(SuiteId suite) {
        return db.fetchCount(EVAL_CASE, EVAL_CASE.EVAL_SUITE_ID.eq(suite));
    }

    /** The position after the suite's last case. */
    public int nextPosition(SuiteId suite) {
        Integer last = db.select(DSL.max(EVAL_CASE.POSITION)).from(EVAL_CASE).where(EVAL_CASE.EVAL_SUITE_ID.eq(suite))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last + 1;
    }

    public CaseId insert(SuiteId suite, int position, CaseData data, Instant now) {
        return db.insertInto(EVAL_CASE).set(row(suite, position, data, now))
                .returning(EVAL_CASE.EVAL_CASE_ID).fetchOne(EVAL_CASE.EVAL_CASE_ID);
    }

    /** Inserts the cases in order from {@code firstPosition} on, in one batch. */
    public void insertAll(SuiteId suite, int firstPosition, List<CaseData> cases, Instant now) {
        if (cases.isEmpty()) {
            return;
        }
        List<EvalCaseRecord> rows = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            rows.add(row(suite, firstPosition + i, cases.get(i), now));
        }
        db.batchInsert(rows).execute();
    }

    public boolean update(CaseId id, CaseData data, Instant now) {
        return db.update(EVAL_CASE)
                .set(EVAL_CASE.MESSAGES, messages(data.messages()))
                .set(EVAL_CASE.EXPECTED, data.expected())
                .set(EVAL_CASE.SCORER, data.scorer() == null ? null : JSONB.valueOf(ScorerJson.toJson(data.scorer())))
                .set(EVAL_CASE.TAGS, data.tags().toArray(String[]::new))
                .set(EVAL_CASE.UPDATED_AT, now)
                .where(EVAL_CASE.EVAL_CASE_ID.eq(id))
                .execute() == 1;
    }

    public boolean delete(CaseId id) {
        return db.deleteFrom(EVAL_CASE).where(EVAL_CASE.EVAL_CASE_ID.eq(id)).execute() == 1;
    }

    /** Deletes all of the suite's cases; returns how many there were. */
    public int deleteAll(SuiteId suite) {
        return db.deleteFrom(EVAL_CASE).where(EVAL_CASE.EVAL_SUITE_ID.eq(suite)).execute();
    }

    private static EvalCaseRecord row(SuiteId suite, int position, CaseData data, Instant now) {
        return new EvalCaseRecord()
                .setEvalSuiteId(suite)
                .setPosition(position)
                .setMessages(messages(data.messages()))
                .setExpected(data.expected())
                .setScorer(data.scorer() == null ? null : JSONB.valueOf(ScorerJson.toJson(data.scorer())))
                .setTags(data.tags().toArray(String[]::new))
                .setCreatedAt(now)
                .setUpdatedAt(now);
    }

    private static JSONB messages(List<ChatMessage> messages) {
        return JSONB.valueOf(JSON.writeValueAsString(messages));
    }

    private static EvalCase evalCase(EvalCaseRecord row) {
        CaseData data = new CaseData(JSON.readValue(row.getMessages().data(), MESSAGES), row.getExpected(),
                row.getScorer() == null ? null : ScorerJson.fromJson(row.getScorer().data()),
                Arrays.asList(row.getTags()));
        return new EvalCase(row.getEvalCaseId(), row.getEvalSuiteId(), row.getPosition(), data);
    }
}
