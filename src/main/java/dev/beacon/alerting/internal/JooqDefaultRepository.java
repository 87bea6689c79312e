package dev.beacon.alerting.internal;

import dev.beacon.alerting.DefaultRuleId;
import dev.beacon.shared.ModelId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT_OPT_OUT;

/** Writes team defaults and the models that opted out of them. */
@Repository
public class JooqDefaultRepository {

    private final DSLContext db;

    JooqDefaultRepository(DSLContext db) {
        this.db = db;
    }

    public void optOut(DefaultRuleId rule, ModelId model) {
        db.insertInto(ALERT_DEFAULT_OPT_OUT)
                .set(ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID, rule)
                .set(ALERT_DEFAULT_OPT_OUT.MODEL_ID, model)
                .onConflictDoNothing()
                .execute();
    }
}
