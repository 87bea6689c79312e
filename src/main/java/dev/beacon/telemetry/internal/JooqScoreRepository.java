package dev.beacon.telemetry.internal;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;
import org.springframework.stereotype.Repository;

import java.util.List;

import static dev.beacon.jooq.Tables.EVAL_SCORE;

/** Writes evaluation scores (a few per model and hour, so plain multi-row inserts). */
@Repository
public class JooqScoreRepository {

    private final DSLContext db;

    JooqScoreRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(List<ScoreRow> scores, String source) {
        var insert = db.insertInto(EVAL_SCORE, EVAL_SCORE.TEAM_ID, EVAL_SCORE.MODEL_ID, EVAL_SCORE.OBSERVED_AT,
                EVAL_SCORE.NAME, EVAL_SCORE.VALUE, EVAL_SCORE.DATASET, EVAL_SCORE.EVALUATOR, EVAL_SCORE.SOURCE);
        for (ScoreRow score : scores) {
            insert = insert.values(score.team(), score.model(), score.observedAt(), score.name(), score.value(),
                    score.dataset(), score.evaluator(), source);
        }
        insert.execute();
    }
}
