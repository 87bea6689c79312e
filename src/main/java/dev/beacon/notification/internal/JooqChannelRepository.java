package dev.beacon.notification.internal;

import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelId;
import dev.beacon.jooq.tables.records.NotificationChannelRecord;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.NOTIFICATION_CHANNEL;

/** Teams' notification channels. */
@Repository
public class JooqChannelRepository {

    private final DSLContext db;

    JooqChannelRepository(DSLContext db) {
        this.db = db;
    }

    public List<Channel> channelsOf(TeamId team) {
        return db.selectFrom(NOTIFICATION_CHANNEL).where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team))
                .orderBy(NOTIFICATION_CHANNEL.NAME).fetch(JooqChannelRepository::channel);
    }

    public Optional<Channel> find(TeamId team, ChannelId id) {
        return db.selectFrom(NOTIFICATION_CHANNEL)
                .where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team), NOTIFICATION_CHANNEL.CHANNEL_ID.eq(id))
                .fetchOptional(JooqChannelRepository::channel);
    }

    /** The team's enabled channels with their secrets, for delivery. */
    public List<ChannelTarget> enabledTargets(TeamId team) {
        return db.selectFrom(NOTIFICATION_CHANNEL)
                .where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team), NOTIFICATION_CHANNEL.ENABLED.isTrue())
                .orderBy(NOTIFICATION_CHANNEL.NAME).fetch(JooqChannelRepository::target);
    }

    public Optional<ChannelTarget> target(ChannelId id) {
        return db.selectFrom(NOTIFICATION_CHANNEL).where(NOTIFICATION_CHANNEL.CHANNEL_ID.eq(id))
                .fetchOptional(JooqChannelRepository::target);
    }

    public ChannelId insert(TeamId team, ChannelData data, String secret, Instant now) {
        return db.insertInto(NOTIFICATION_CHANNEL)
                .set(values(db.newRecord(NOTIFICATION_CHANNEL), data))
                .set(NOTIFICATION_CHANNEL.TEAM_ID, team)
                .set(NOTIFICATION_CHANNEL.WEBHOOK_SECRET, secret)
                .set(NOTIFICATION_CHANNEL.CREATED_AT, now)
                .set(NOTIFICATION_CHANNEL.UPDATED_AT, now)
                .returning(NOTIFICATION_CHANNEL.CHANNEL_ID).fetchOne().getChannelId();
    }

    /** False when the channel changed since {@code version} (or is gone). */
    public boolean update(TeamId team, ChannelId id, int version, ChannelData data, String secret, Instant now) {
        return db.update(NOTIFICATION_CHANNEL)
                .set(values(db.newRecord(NOTIFICATION_CHANNEL), data))
                .set(NOTIFICATION_CHANNEL.WEBHOOK_SECRET, secret)
                .set(NOTIFICATION_CHANNEL.VERSION, version + 1)
                .set(NOTIFICATION_CHANNEL.UPDATED_AT, now)
                .where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team), NOTIFICATION_CHANNEL.CHANNEL_ID.eq(id),
                        NOTIFICATION_CHANNEL.VERSION.eq(version))
                .execute() == 1;
    }

    public String secretOf(ChannelId id) {
        return db.select(NOTIFICATION_CHANNEL.WEBHOOK_SECRET).from(NOTIFICATION_CHANNEL)
                .where(NOTIFICATION_CHANNEL.CHANNEL_ID.eq(id)).fetchOne(NOTIFICATION_CHANNEL.WEBHOOK_SECRET);
    }

    public boolean delete(TeamId team, ChannelId id) {
        return db.deleteFrom(NOTIFICATION_CHANNEL)
                .where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team), NOTIFICATION_CHANNEL.CHANNEL_ID.eq(id)).execute() == 1;
    }

    private static NotificationChannelRecord values(NotificationChannelRecord record, ChannelData data) {
        record.setName(data.name());
        record.setChannelType(data.type());
        record.setEnabled(data.enabled());
        record.setRecipientUserIds(data.recipients().stream().map(UserId::value).toArray(UUID[]::new));
        record.setEmailAddresses(data.addresses().toArray(String[]::new));
        record.setWebhookUrl(data.webhookUrl());
        record.setWebhookFormat(data.webhookFormat());
        record.setMinSeverity(data.minSeverity());
        record.setModelTags(data.modelTags().toArray(String[]::new));
        return record;
    }

    private static ChannelData data(NotificationChannelRecord row) {
        return new ChannelData(row.getName(), row.getChannelType(), row.getEnabled(),
                Arrays.stream(row.getRecipientUserIds()).map(UserId::new).toList(), List.of(row.getEmailAddresses()),
                row.getWebhookUrl(), row.getWebhookFormat(), row.getMinSeverity(), List.of(row.getModelTags()));
    }

    private static Channel channel(NotificationChannelRecord row) {
        return new Channel(row.getChannelId(), row.getTeamId(), row.getVersion(), data(row), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static ChannelTarget target(NotificationChannelRecord row) {
        return new ChannelTarget(row.getChannelId(), row.getTeamId(), data(row), row.getWebhookSecret());
    }
}
