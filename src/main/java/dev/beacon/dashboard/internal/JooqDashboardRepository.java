package dev.beacon.dashboard.internal;

import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardId;
import dev.beacon.dashboard.PanelData;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.beacon.jooq.Tables.DASHBOARD;
import static dev.beacon.jooq.Tables.DASHBOARD_FAVOURITE;
import static dev.beacon.jooq.Tables.DASHBOARD_HOME;
import static dev.beacon.jooq.Tables.DASHBOARD_PANEL;
import static dev.beacon.jooq.Tables.DASHBOARD_PANEL_MODEL;

/** Writes dashboards with their panels, and each user's favourites and home page. */
@Repository
public class JooqDashboardRepository {

    private final DSLContext db;

    JooqDashboardRepository(DSLContext db) {
        this.db = db;
    }

    public DashboardId insert(TeamId team, DashboardDefinition data, UserId author, Instant now) {
        return db.insertInto(DASHBOARD)
                .set(DASHBOARD.TEAM_ID, team)
                .set(DASHBOARD.NAME, data.name())
                .set(DASHBOARD.DESCRIPTION, data.description())
                .set(DASHBOARD.VISIBILITY, data.visibility())
                .set(DASHBOARD.CREATED_AT, now)
                .set(DASHBOARD.CREATED_BY_USER_ID, author)
                .set(DASHBOARD.UPDATED_AT, now)
                .set(DASHBOARD.UPDATED_BY_USER_ID, author)
                .returning(DASHBOARD.DASHBOARD_ID)
                .fetchOne(DASHBOARD.DASHBOARD_ID);
    }

    /** Saves the settings if the version still matches; returns false when someone else saved first. */
    public boolean update(DashboardId id, int version, DashboardDefinition data, UserId author, Instant now) {
        return db.update(DASHBOARD)
                .set(DASHBOARD.NAME, data.name())
                .set(DASHBOARD.DESCRIPTION, data.description())
                .set(DASHBOARD.VISIBILITY, data.visibility())
                .set(DASHBOARD.UPDATED_AT, now)
                .set(DASHBOARD.UPDATED_BY_USER_ID, author)
                .set(DASHBOARD.VERSION, DASHBOARD.VERSION.plus(1))
                .where(DASHBOARD.DASHBOARD_ID.eq(id), DASHBOARD.VERSION.eq(version))
                .execute() == 1;
    }

    /** Returns false when the version no longer matches. Panels, favourites and home choices go with it. */
    public boolean delete(DashboardId id, int version) {
        return db.deleteFrom(DASHBOARD).where(DASHBOARD.DASHBOARD_ID.eq(id), DASHBOARD.VERSION.eq(version)).execute() == 1;
    }

    /** Replaces every panel of the dashboard; each panel must have its id (kept ids keep a panel's identity). */
    public void replacePanels(DashboardId id, List<PanelData> panels) {
        db.deleteFrom(DASHBOARD_PANEL).where(DASHBOARD_PANEL.DASHBOARD_ID.eq(id)).execute();
        List<Query> inserts = new ArrayList<>();
        for (int position = 0; position < panels.size(); position++) {
            PanelData panel = panels.get(position);
            Objects.requireNonNull(panel.id(), "panel id");
            inserts.add(db.insertInto(DASHBOARD_PANEL)
                    .set(DASHBOARD_PANEL.DASHBOARD_PANEL_ID, panel.id())
                    .set(DASHBOARD_PANEL.DASHBOARD_ID, id)
                    .set(DASHBOARD_PANEL.POSITION, position)
                    .set(DASHBOARD_PANEL.TITLE, panel.title())
                    .set(DASHBOARD_PANEL.METRIC, panel.metric())
                    .set(DASHBOARD_PANEL.SCORE_NAME, panel.scoreName())
                    .set(DASHBOARD_PANEL.AGGREGATION, panel.aggregation())
                    .set(DASHBOARD_PANEL.CHART, panel.chart())
                    .set(DASHBOARD_PANEL.WIDTH, panel.width())
                    .set(DASHBOARD_PANEL.HEIGHT, panel.height()));
            List<ModelId> models = panel.models();
            for (int order = 0; order < models.size(); order++) {
                inserts.add(db.insertInto(DASHBOARD_PANEL_MODEL)
                        .set(DASHBOARD_PANEL_MODEL.DASHBOARD_PANEL_ID, panel.id())
                        .set(DASHBOARD_PANEL_MODEL.MODEL_ID, models.get(order))
                        .set(DASHBOARD_PANEL_MODEL.POSITION, order));
            }
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    public void favourite(UserId user, DashboardId id, Instant now) {
        db.insertInto(DASHBOARD_FAVOURITE)
                .set(DASHBOARD_FAVOURITE.USER_ID, user)
                .set(DASHBOARD_FAVOURITE.DASHBOARD_ID, id)
                .set(DASHBOARD_FAVOURITE.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    public void unfavourite(UserId user, DashboardId id) {
        db.deleteFrom(DASHBOARD_FAVOURITE)
                .where(DASHBOARD_FAVOURITE.USER_ID.eq(user), DASHBOARD_FAVOURITE.DASHBOARD_ID.eq(id))
                .execute();
    }

    public void setHome(UserId user, DashboardId id) {
        db.insertInto(DASHBOARD_HOME)
                .set(DASHBOARD_HOME.USER_ID, user)
                .set(DASHBOARD_HOME.DASHBOARD_ID, id)
                .onConflict(DASHBOARD_HOME.USER_ID).doUpdate()
                .set(DASHBOARD_HOME.DASHBOARD_ID, id)
                .execute();
    }

    public void clearHome(UserId user) {
        db.deleteFrom(DASHBOARD_HOME).where(DASHBOARD_HOME.USER_ID.eq(user)).execute();
    }
}
