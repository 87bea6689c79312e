package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static dev.beacon.jooq.Tables.MONITOR_CHECK;

/** The latest scrape and probe of each model, one row per model and kind, overwritten by each run. */
@Repository
public class JooqMonitorCheckRepository {

    private static final int MAX_DETAIL = 300;

    private final DSLContext db;

    JooqMonitorCheckRepository(DSLContext db) {
        this.db = db;
    }

    public void record(ModelId model, CheckKind kind, MonitorCheckRow check) {
        String detail = check.detail() == null || check.detail().length() <= MAX_DETAIL
                ? check.detail() : check.detail().substring(0, MAX_DETAIL - 1) + "…";
        db.insertInto(MONITOR_CHECK)
                .set(MONITOR_CHECK.MODEL_ID, model)
                .set(MONITOR_CHECK.KIND, kind.name())
                .set(MONITOR_CHECK.CHECKED_AT, check.checkedAt())
                .set(MONITOR_CHECK.DURATION_MS, (float) check.durationMs())
                .set(MONITOR_CHECK.OUTCOME, check.outcome())
                .set(MONITOR_CHECK.ERROR_CLASS, check.errorClass())
                .set(MONITOR_CHECK.DETAIL, detail)
                .onConflict(MONITOR_CHECK.MODEL_ID, MONITOR_CHECK.KIND)
                .doUpdate()
                .set(MONITOR_CHECK.CHECKED_AT, check.checkedAt())
                .set(MONITOR_CHECK.DURATION_MS, (float) check.durationMs())
                .set(MONITOR_CHECK.OUTCOME, check.outcome())
                .set(MONITOR_CHECK.ERROR_CLASS, check.errorClass())
                .set(MONITOR_CHECK.DETAIL, detail)
                .execute();
    }

    public Optional<MonitorCheckRow> last(ModelId model, CheckKind kind) {
        return db.select(MONITOR_CHECK.CHECKED_AT, MONITOR_CHECK.DURATION_MS, MONITOR_CHECK.OUTCOME,
                        MONITOR_CHECK.ERROR_CLASS, MONITOR_CHECK.DETAIL)
                .from(MONITOR_CHECK)
                .where(MONITOR_CHECK.MODEL_ID.eq(model), MONITOR_CHECK.KIND.eq(kind.name()))
                .fetchOptional(row -> new MonitorCheckRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }
}
