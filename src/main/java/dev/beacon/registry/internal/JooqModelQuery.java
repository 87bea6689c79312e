package dev.beacon.registry.internal;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record15;
import org.jooq.SelectJoinStep;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.MODEL_VERSION;
import static dev.beacon.jooq.Tables.TEAM;

/** Reads models for lists, pages and the API. Joins user and team names only for display. */
@Repository
public class JooqModelQuery {

    private static final dev.beacon.jooq.tables.AppUser CREATOR = APP_USER.as("creator");
    private static final dev.beacon.jooq.tables.AppUser UPDATER = APP_USER.as("updater");

    private final DSLContext db;

    JooqModelQuery(DSLContext db) {
        this.db = db;
    }

    public Optional<Model> find(ModelId id) {
        return db.select(MODEL.MODEL_ID, MODEL.VERSION, MODEL.TEAM_ID, TEAM.NAME,
                        DSL.row(MODEL.NAME, MODEL.DESCRIPTION, MODEL.RUNTIME, MODEL.ENDPOINT_URL, MODEL.SERVED_MODEL_NAME,
                                MODEL.VERSION_LABEL, MODEL.CONTEXT_WINDOW, MODEL.DEFAULT_TEMPERATURE,
                                MODEL.MAX_OUTPUT_TOKENS, MODEL.TAGS, MODEL.STATUS,
                                DSL.row(MODEL.SCRAPE_ENABLED, MODEL.METRICS_URL, MODEL.SCRAPE_INTERVAL_SECONDS,
                                        MODEL.SCRAPE_TIMEOUT_SECONDS, MODEL.PROBE_ENABLED, MODEL.PROBE_INTERVAL_SECONDS,
                                        MODEL.PROBE_TIMEOUT_SECONDS).mapping(ModelMonitoring::new))
                                .mapping(JooqModelQuery::toData),
                        MODEL.CREATED_AT, CREATOR.USERNAME, MODEL.UPDATED_AT, UPDATER.USERNAME)
                .from(MODEL)
                .join(TEAM).on(TEAM.TEAM_ID.eq(MODEL.TEAM_ID))
                .join(CREATOR).on(CREATOR.USER_ID.eq(MODEL.CREATED_BY_USER_ID))
                .join(UPDATER).on(UPDATER.USER_ID.eq(MODEL.UPDATED_BY_USER_ID))
                .where(MODEL.MODEL_ID.eq(id))
                .fetchOptional(Records.mapping(Model::new));
    }

    public List<ModelListItem> find(ModelFilter filter, Collection<TeamId> teams, ModelSort sort, boolean ascending,
                                    int offset, int limit) {
        return db.select(MODEL.MODEL_ID, MODEL.TEAM_ID, TEAM.NAME, MODEL.NAME, MODEL.RUNTIME, MODEL.VERSION_LABEL,
                        MODEL.STATUS, MODEL.TAGS.convertFrom(tags -> Arrays.asList(tags)), MODEL.ENDPOINT_URL, MODEL.UPDATED_AT)
                .from(MODEL)
                .join(TEAM).on(TEAM.TEAM_ID.eq(MODEL.TEAM_ID))
                .where(matching(filter, teams))
                .orderBy(order(sort, ascending), DSL.lower(MODEL.NAME).asc(), MODEL.MODEL_ID.asc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ModelListItem::new));
    }

    public int count(ModelFilter filter, Collection<TeamId> teams) {
        return db.fetchCount(MODEL.join(TEAM).on(TEAM.TEAM_ID.eq(MODEL.TEAM_ID)), matching(filter, teams));
    }

    public List<ModelVersionChange> history(ModelId id) {
        return db.select(MODEL_VERSION.VERSION_LABEL, MODEL_VERSION.PREVIOUS_LABEL, MODEL_VERSION.NOTE,
                        MODEL_VERSION.CHANGED_AT, APP_USER.USERNAME, MODEL_VERSION.TICKET_REF, MODEL_VERSION.TICKET_PATH)
                .from(MODEL_VERSION)
                .join(APP_USER).on(APP_USER.USER_ID.eq(MODEL_VERSION.CHANGED_BY_USER_ID))
                .where(MODEL_VERSION.MODEL_ID.eq(id))
                .orderBy(MODEL_VERSION.CHANGED_AT.desc(), MODEL_VERSION.MODEL_VERSION_ID.desc())
                .fetch(Records.mapping(ModelVersionChange::new));
    }

    /** Every tag used by a model of the given teams, for filter suggestions. */
    public List<String> tags(Collection<TeamId> teams) {
        Field<String> tag = DSL.field("tag", String.class);
        return db.selectDistinct(tag)
                .from(MODEL, DSL.unnest(MODEL.TAGS).as("t", "tag"))
                .where(MODEL.TEAM_ID.in(teams))
                .orderBy(tag)
                .fetch(tag);
    }

    public List<ModelEntry> entriesOf(TeamId team) {
        return selectEntries().where(MODEL.TEAM_ID.eq(team)).fetch(Records.mapping(ModelEntry::new));
    }

    public Optional<ModelEntry> entry(ModelId id) {
        return selectEntries().where(MODEL.MODEL_ID.eq(id)).fetchOptional(Records.mapping(ModelEntry::new));
    }

    public List<ModelEntry> entries(Collection<ModelId> ids) {
        return selectEntries().where(MODEL.MODEL_ID.in(ids)).fetch(Records.mapping(ModelEntry::new));
    }

    public List<ModelEntry> monitoredEntries() {
        return selectEntries().where(MODEL.STATUS.ne(ModelStatus.RETIRED)).orderBy(MODEL.MODEL_ID)
                .fetch(Records.mapping(ModelEntry::new));
    }

    private SelectJoinStep<Record15<ModelId, TeamId, String, ModelRuntime, String, String, Integer, ModelStatus,
            Boolean, String, Integer, Integer, Boolean, Integer, Integer>> selectEntries() {
        return db.select(MODEL.MODEL_ID, MODEL.TEAM_ID, MODEL.NAME, MODEL.RUNTIME, MODEL.ENDPOINT_URL,
                        MODEL.SERVED_MODEL_NAME, MODEL.CONTEXT_WINDOW, MODEL.STATUS, MODEL.SCRAPE_ENABLED, MODEL.METRICS_URL,
                        MODEL.SCRAPE_INTERVAL_SECONDS, MODEL.SCRAPE_TIMEOUT_SECONDS, MODEL.PROBE_ENABLED,
                        MODEL.PROBE_INTERVAL_SECONDS, MODEL.PROBE_TIMEOUT_SECONDS)
                .from(MODEL);
    }

    private static Condition matching(ModelFilter filter, Collection<TeamId> teams) {
        Condition condition = MODEL.TEAM_ID.in(teams);
        if (filter.team() != null) {
            condition = condition.and(MODEL.TEAM_ID.eq(filter.team()));
        }
        if (filter.runtime() != null) {
            condition = condition.and(MODEL.RUNTIME.eq(filter.runtime()));
        }
        if (filter.status() != null) {
            condition = condition.and(MODEL.STATUS.eq(filter.status()));
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            condition = condition.and(MODEL.TAGS.contains(new String[]{filter.tag().strip().toLowerCase()}));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String term = filter.text().strip();
            condition = condition.and(MODEL.NAME.containsIgnoreCase(term)
                    .or(MODEL.DESCRIPTION.containsIgnoreCase(term))
                    .or(MODEL.SERVED_MODEL_NAME.containsIgnoreCase(term))
                    .or(MODEL.ENDPOINT_URL.containsIgnoreCase(term))
                    .or(MODEL.VERSION_LABEL.containsIgnoreCase(term)));
        }
        return condition;
    }

    private static SortField<?> order(ModelSort sort, boolean ascending) {
        Field<?> field = switch (sort) {
            case NAME -> DSL.lower(MODEL.NAME);
            case TEAM -> DSL.lower(TEAM.NAME);
            case RUNTIME -> MODEL.RUNTIME;
            case VERSION -> MODEL.VERSION_LABEL;
            case STATUS -> MODEL.STATUS;
            case UPDATED -> MODEL.UPDATED_AT;
        };
        return ascending ? field.asc() : field.desc();
    }

    private static ModelData toData(String name, String description, ModelRuntime runtime,
                                    String endpointUrl, String servedModelName, String versionLabel, Integer contextWindow,
                                    java.math.BigDecimal temperature, Integer maxOutputTokens, String[] tags,
                                    ModelStatus status, ModelMonitoring monitoring) {
        return new ModelData(name, description, runtime, endpointUrl, servedModelName, versionLabel, contextWindow,
                temperature, maxOutputTokens, List.of(tags), status, monitoring);
    }
}
