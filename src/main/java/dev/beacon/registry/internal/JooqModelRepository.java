package dev.beacon.registry.internal;

import dev.beacon.jooq.tables.records.ModelRecord;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.MODEL_VERSION;

/** Writes models and their version history. */
@Repository
public class JooqModelRepository {

    private final DSLContext db;

    JooqModelRepository(DSLContext db) {
        this.db = db;
    }

    public ModelId insert(TeamId team, ModelData data, UserId author, Instant now) {
        ModelRecord row = columns(data)
                .setTeamId(team)
                .setCreatedAt(now)
                .setCreatedByUserId(author)
                .setUpdatedAt(now)
                .setUpdatedByUserId(author);
        return db.insertInto(MODEL).set(row).returning(MODEL.MODEL_ID).fetchOne(MODEL.MODEL_ID);
    }

    /** Returns false when the version no longer matches (someone else saved first). */
    public boolean update(ModelId id, int version, ModelData data, UserId author, Instant now) {
        ModelRecord row = columns(data).setUpdatedAt(now).setUpdatedByUserId(author);
        return db.update(MODEL)
                .set(row)
                .set(MODEL.VERSION, MODEL.VERSION.plus(1))
                .where(MODEL.MODEL_ID.eq(id), MODEL.VERSION.eq(version))
                .execute() == 1;
    }

    /** Returns false when the version no longer matches. */
    public boolean delete(ModelId id, int version) {
        return db.deleteFrom(MODEL).where(MODEL.MODEL_ID.eq(id), MODEL.VERSION.eq(version)).execute() == 1;
    }

    public Optional<TeamId> teamOf(ModelId id) {
        return db.select(MODEL.TEAM_ID).from(MODEL).where(MODEL.MODEL_ID.eq(id)).fetchOptional(MODEL.TEAM_ID);
    }

    /** The columns that hold {@link ModelData}; only these are marked changed, so only these are written. */
    private static ModelRecord columns(ModelData data) {
        ModelMonitoring monitoring = data.monitoring();
        return new ModelRecord()
                .setName(data.name())
                .setDescription(data.description())
                .setRuntime(data.runtime())
                .setEndpointUrl(data.endpointUrl())
                .setServedModelName(data.servedModelName())
                .setVersionLabel(data.versionLabel())
                .setContextWindow(data.contextWindow())
                .setDefaultTemperature(data.defaultTemperature())
                .setMaxOutputTokens(data.maxOutputTokens())
                .setTags(data.tags().toArray(String[]::new))
                .setStatus(data.status())
                .setScrapeEnabled(monitoring.scrapeEnabled())
                .setMetricsUrl(monitoring.metricsUrl())
                .setScrapeIntervalSeconds(monitoring.scrapeIntervalSeconds())
                .setScrapeTimeoutSeconds(monitoring.scrapeTimeoutSeconds())
                .setProbeEnabled(monitoring.probeEnabled())
                .setProbeIntervalSeconds(monitoring.probeIntervalSeconds())
                .setProbeTimeoutSeconds(monitoring.probeTimeoutSeconds());
    }

    public void recordVersion(ModelId id, String label, String previousLabel, String note, UserId author, Instant now) {
        recordVersion(id, label, previousLabel, note, author, now, null, null);
    }

    /** A version change that came from a ticket: {@code ticketRef} names it ("#12"), {@code ticketPath} links to it. */
    public void recordVersion(ModelId id, String label, String previousLabel, String note, UserId author, Instant now,
                              String ticketRef, String ticketPath) {
        db.insertInto(MODEL_VERSION)
                .set(MODEL_VERSION.MODEL_ID, id)
                .set(MODEL_VERSION.VERSION_LABEL, label)
                .set(MODEL_VERSION.PREVIOUS_LABEL, previousLabel)
                .set(MODEL_VERSION.NOTE, note == null ? "" : note.strip())
                .set(MODEL_VERSION.CHANGED_AT, now)
                .set(MODEL_VERSION.CHANGED_BY_USER_ID, author)
                .set(MODEL_VERSION.TICKET_REF, ticketRef)
                .set(MODEL_VERSION.TICKET_PATH, ticketPath)
                .execute();
    }

    /** Puts a new version label on the model (and counts its version up, so an open form sees the change). */
    public void changeVersionLabel(ModelId id, String label, UserId author, Instant now) {
        db.update(MODEL)
                .set(MODEL.VERSION_LABEL, label)
                .set(MODEL.VERSION, MODEL.VERSION.plus(1))
                .set(MODEL.UPDATED_AT, now)
                .set(MODEL.UPDATED_BY_USER_ID, author)
                .where(MODEL.MODEL_ID.eq(id))
                .execute();
    }
}
