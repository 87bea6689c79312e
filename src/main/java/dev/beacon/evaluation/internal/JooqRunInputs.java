package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.SuiteId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.EVAL_CASE;
import static dev.beacon.jooq.Tables.EVAL_SUITE;

/** The suite and cases a run sends, read without any user's rights (scheduled runs have none); callers check them. */
@Repository
public class JooqRunInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    JooqRunInputs(DSLContext db) {
        this.db = db;
    }

    public Optional<SuiteRef> suite(SuiteId id) {
        return db.select(EVAL_SUITE.EVAL_SUITE_ID, EVAL_SUITE.TEAM_ID, EVAL_SUITE.NAME, EVAL_SUITE.SLUG, EVAL_SUITE.DEFAULT_SCORER)
                .from(EVAL_SUITE).where(EVAL_SUITE.EVAL_SUITE_ID.eq(id))
                .fetchOptional(row -> new SuiteRef(row.value1(), row.value2(), row.value3(), row.value4(),
                        ScorerJson.fromJson(row.value5().data())));
    }

    /** The suite's cases in their order. */
    public List<EvalCase> cases(SuiteId suite) {
        return db.selectFrom(EVAL_CASE).where(EVAL_CASE.EVAL_SUITE_ID.eq(suite)).orderBy(EVAL_CASE.POSITION)
                .fetch(row -> new EvalCase(row.getEvalCaseId(), row.getEvalSuiteId(), row.getPosition(),
                        new CaseData(messages(row.getMessages()), row.getExpected(),
                                row.getScorer() == null ? null : ScorerJson.fromJson(row.getScorer().data()),
                                row.getTags() == null ? List.of() : Arrays.asList(row.getTags()))));
    }

    private static List<ChatMessage> messages(JSONB json) {
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : JSON.readTree(json.data())) {
            messages.add(new ChatMessage(message.path("role").asString(""), message.path("content").asString("")));
        }
        return messages;
    }
}
