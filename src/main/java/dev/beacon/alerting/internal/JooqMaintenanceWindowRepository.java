package dev.beacon.alerting.internal;

import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.alerting.MaintenanceWindow;
import dev.beacon.alerting.MaintenanceWindowData;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.beacon.jooq.Tables.MAINTENANCE_WINDOW;
import static dev.beacon.jooq.Tables.MODEL;

/** Recurring maintenance windows of teams and models. */
@Repository
public class JooqMaintenanceWindowRepository {

    private final DSLContext db;

    JooqMaintenanceWindowRepository(DSLContext db) {
        this.db = db;
    }

    public UUID insert(TeamId team, MaintenanceWindowData data, UserId by, Instant now) {
        return db.insertInto(MAINTENANCE_WINDOW)
                .set(MAINTENANCE_WINDOW.TEAM_ID, team).set(MAINTENANCE_WINDOW.MODEL_ID, data.model())
                .set(MAINTENANCE_WINDOW.NAME, data.name()).set(MAINTENANCE_WINDOW.RECURRENCE, data.recurrence().name())
                .set(MAINTENANCE_WINDOW.DAYS_OF_WEEK, data.daysOfWeek().stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new))
                .set(MAINTENANCE_WINDOW.DAY_OF_MONTH, data.recurrence() == Recurrence.MONTHLY ? data.dayOfMonth() : null)
                .set(MAINTENANCE_WINDOW.START_TIME, data.start()).set(MAINTENANCE_WINDOW.DURATION_MINUTES, data.durationMinutes())
                .set(MAINTENANCE_WINDOW.TIME_ZONE, data.timeZone()).set(MAINTENANCE_WINDOW.CREATED_AT, now)
                .set(MAINTENANCE_WINDOW.CREATED_BY_USER_ID, by)
                .returning(MAINTENANCE_WINDOW.MAINTENANCE_WINDOW_ID).fetchOne().getMaintenanceWindowId();
    }

    public Optional<MaintenanceWindow> find(UUID id) {
        return select(MAINTENANCE_WINDOW.MAINTENANCE_WINDOW_ID.eq(id)).fetchOptional(JooqMaintenanceWindowRepository::window);
    }

    public List<MaintenanceWindow> ofTeam(TeamId team) {
        return select(MAINTENANCE_WINDOW.TEAM_ID.eq(team)).orderBy(MAINTENANCE_WINDOW.NAME)
                .fetch(JooqMaintenanceWindowRepository::window);
    }

    /** The windows that apply to the model: its own and its team's. */
    public List<MaintenanceWindow> covering(TeamId team, ModelId model) {
        return select(MAINTENANCE_WINDOW.TEAM_ID.eq(team)
                .and(MAINTENANCE_WINDOW.MODEL_ID.isNull().or(MAINTENANCE_WINDOW.MODEL_ID.eq(model))))
                .fetch(JooqMaintenanceWindowRepository::window);
    }

    public boolean delete(UUID id, int version) {
        return db.deleteFrom(MAINTENANCE_WINDOW)
                .where(MAINTENANCE_WINDOW.MAINTENANCE_WINDOW_ID.eq(id), MAINTENANCE_WINDOW.VERSION.eq(version)).execute() == 1;
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return db.select(MAINTENANCE_WINDOW.fields()).select(MODEL.NAME)
                .from(MAINTENANCE_WINDOW).leftJoin(MODEL).on(MODEL.MODEL_ID.eq(MAINTENANCE_WINDOW.MODEL_ID))
                .where(where);
    }

    private static MaintenanceWindow window(Record row) {
        MaintenanceWindowData data = new MaintenanceWindowData(row.get(MAINTENANCE_WINDOW.NAME), row.get(MAINTENANCE_WINDOW.MODEL_ID),
                Recurrence.valueOf(row.get(MAINTENANCE_WINDOW.RECURRENCE)),
                Arrays.stream(row.get(MAINTENANCE_WINDOW.DAYS_OF_WEEK)).map(DayOfWeek::of).collect(Collectors.toSet()),
                row.get(MAINTENANCE_WINDOW.DAY_OF_MONTH), row.get(MAINTENANCE_WINDOW.START_TIME),
                row.get(MAINTENANCE_WINDOW.DURATION_MINUTES), row.get(MAINTENANCE_WINDOW.TIME_ZONE));
        return new MaintenanceWindow(row.get(MAINTENANCE_WINDOW.MAINTENANCE_WINDOW_ID), row.get(MAINTENANCE_WINDOW.VERSION),
                row.get(MAINTENANCE_WINDOW.TEAM_ID), row.get(MODEL.NAME), data);
    }
}
