package dev.beacon.dashboard.internal;

import dev.beacon.dashboard.DashboardId;
import dev.beacon.dashboard.DashboardListItem;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.DASHBOARD;
import static dev.beacon.jooq.Tables.DASHBOARD_FAVOURITE;
import static dev.beacon.jooq.Tables.DASHBOARD_HOME;
import static dev.beacon.jooq.Tables.DASHBOARD_PANEL;
import static dev.beacon.jooq.Tables.DASHBOARD_PANEL_MODEL;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.TEAM;

/** Reads dashboards for pages, lists, exports and access decisions. Joins names only for display. */
@Repository
public class JooqDashboardQuery {

    private static final dev.beacon.jooq.tables.Team MODEL_TEAM = TEAM.as("model_team");

    private final DSLContext db;

    JooqDashboardQuery(DSLContext db) {
        this.db = db;
    }

    public Optional<DashboardHeader> header(DashboardId id) {
        return db.select(DASHBOARD.TEAM_ID, DASHBOARD.VISIBILITY)
                .from(DASHBOARD)
                .where(DASHBOARD.DASHBOARD_ID.eq(id))
                .fetchOptional(Records.mapping(DashboardHeader::new));
    }

    /** The dashboard with its panels in order and every model on them, marked for the reading user. */
    public Optional<StoredDashboard> find(DashboardId id, UserId reader) {
        Field<List<StoredModel>> models = DSL.multiset(
                        DSL.select(MODEL.MODEL_ID, MODEL.NAME, MODEL.TEAM_ID, MODEL_TEAM.NAME)
                                .from(DASHBOARD_PANEL_MODEL)
                                .join(MODEL).on(MODEL.MODEL_ID.eq(DASHBOARD_PANEL_MODEL.MODEL_ID))
                                .join(MODEL_TEAM).on(MODEL_TEAM.TEAM_ID.eq(MODEL.TEAM_ID))
                                .where(DASHBOARD_PANEL_MODEL.DASHBOARD_PANEL_ID.eq(DASHBOARD_PANEL.DASHBOARD_PANEL_ID))
                                .orderBy(DASHBOARD_PANEL_MODEL.POSITION))
                .convertFrom(rows -> rows.map(Records.mapping(StoredModel::new)));
        Field<List<StoredPanel>> panels = DSL.multiset(
                        DSL.select(DASHBOARD_PANEL.DASHBOARD_PANEL_ID, DASHBOARD_PANEL.TITLE, DASHBOARD_PANEL.METRIC,
                                        DASHBOARD_PANEL.SCORE_NAME, DASHBOARD_PANEL.AGGREGATION, DASHBOARD_PANEL.CHART,
                                        DASHBOARD_PANEL.WIDTH, DASHBOARD_PANEL.HEIGHT, models)
                                .from(DASHBOARD_PANEL)
                                .where(DASHBOARD_PANEL.DASHBOARD_ID.eq(DASHBOARD.DASHBOARD_ID))
                                .orderBy(DASHBOARD_PANEL.POSITION))
                .convertFrom(rows -> rows.map(Records.mapping(StoredPanel::new)));
        return db.select(DASHBOARD.DASHBOARD_ID, DASHBOARD.VERSION, DASHBOARD.TEAM_ID, TEAM.NAME, DASHBOARD.NAME,
                        DASHBOARD.DESCRIPTION, DASHBOARD.VISIBILITY, DASHBOARD.UPDATED_AT, APP_USER.USERNAME, panels,
                        favourite(reader), home(reader))
                .from(DASHBOARD)
                .join(TEAM).on(TEAM.TEAM_ID.eq(DASHBOARD.TEAM_ID))
                .join(APP_USER).on(APP_USER.USER_ID.eq(DASHBOARD.UPDATED_BY_USER_ID))
                .where(DASHBOARD.DASHBOARD_ID.eq(id))
                .fetchOptional(Records.mapping(StoredDashboard::new));
    }

    /**
     * The dashboards of the given teams and those visible to everyone, the reader's favourites first,
     * then by name; {@code text} matches name or description.
     */
    public List<DashboardListItem> list(Collection<TeamId> teams, UserId reader, String text, boolean favouritesOnly) {
        Condition condition = DASHBOARD.TEAM_ID.in(teams).or(DASHBOARD.VISIBILITY.eq(Visibility.EVERYONE));
        if (text != null && !text.isBlank()) {
            condition = condition.and(DASHBOARD.NAME.containsIgnoreCase(text.strip())
                    .or(DASHBOARD.DESCRIPTION.containsIgnoreCase(text.strip())));
        }
        Field<Boolean> favourite = favourite(reader);
        if (favouritesOnly) {
            condition = condition.and(favourite);
        }
        Field<Integer> panelCount = DSL.field(DSL.selectCount().from(DASHBOARD_PANEL)
                .where(DASHBOARD_PANEL.DASHBOARD_ID.eq(DASHBOARD.DASHBOARD_ID)));
        return db.select(DASHBOARD.DASHBOARD_ID, DASHBOARD.TEAM_ID, TEAM.NAME, DASHBOARD.NAME, DASHBOARD.DESCRIPTION,
                        DASHBOARD.VISIBILITY, panelCount, favourite, home(reader), DASHBOARD.UPDATED_AT)
                .from(DASHBOARD)
                .join(TEAM).on(TEAM.TEAM_ID.eq(DASHBOARD.TEAM_ID))
                .where(condition)
                .orderBy(favourite.desc(), DSL.lower(DASHBOARD.NAME), DASHBOARD.DASHBOARD_ID)
                .limit(500)
                .fetch(Records.mapping(DashboardListItem::new));
    }

    /** The team of each of the models that exist. */
    public Map<ModelId, TeamId> teamsOf(Collection<ModelId> models) {
        return db.select(MODEL.MODEL_ID, MODEL.TEAM_ID).from(MODEL).where(MODEL.MODEL_ID.in(models))
                .fetchMap(MODEL.MODEL_ID, MODEL.TEAM_ID);
    }

    public Optional<DashboardId> homeOf(UserId user) {
        return db.select(DASHBOARD_HOME.DASHBOARD_ID).from(DASHBOARD_HOME).where(DASHBOARD_HOME.USER_ID.eq(user))
                .fetchOptional(DASHBOARD_HOME.DASHBOARD_ID);
    }

    public boolean nameTaken(TeamId team, String name) {
        return db.fetchExists(DASHBOARD, DASHBOARD.TEAM_ID.eq(team), DSL.lower(DASHBOARD.NAME).eq(name.toLowerCase()));
    }

    private static Field<Boolean> favourite(UserId reader) {
        return DSL.field(DSL.exists(DSL.selectOne().from(DASHBOARD_FAVOURITE)
                .where(DASHBOARD_FAVOURITE.DASHBOARD_ID.eq(DASHBOARD.DASHBOARD_ID), DASHBOARD_FAVOURITE.USER_ID.eq(reader))));
    }

    private static Field<Boolean> home(UserId reader) {
        return DSL.field(DSL.exists(DSL.selectOne().from(DASHBOARD_HOME)
                .where(DASHBOARD_HOME.DASHBOARD_ID.eq(DASHBOARD.DASHBOARD_ID), DASHBOARD_HOME.USER_ID.eq(reader))));
    }
}
