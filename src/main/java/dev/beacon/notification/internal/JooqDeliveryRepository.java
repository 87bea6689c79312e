package dev.beacon.notification.internal;

import dev.beacon.notification.ChannelId;
import dev.beacon.notification.Delivery;
import dev.beacon.notification.DeliveryAttempt;
import dev.beacon.notification.DeliveryStatus;
import dev.beacon.notification.NoticeId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.jooq.Tables.DELIVERY_ATTEMPT;
import static dev.beacon.jooq.Tables.NOTIFICATION_DELIVERY;

/**
 * Deliveries and their attempts. Instances share the work through claims: {@link #claim} takes due deliveries with
 * FOR UPDATE SKIP LOCKED and stamps them with a token and a lease, so no two instances send the same one, and an
 * instance that dies mid-send leaves a claim that runs out and is taken over.
 */
@Repository
public class JooqDeliveryRepository {

    private static final List<DeliveryStatus> LIVE = List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.DELIVERED);

    private final DSLContext db;

    JooqDeliveryRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores a delivery; a pending one is due at {@code firstAttempt}. */
    public UUID insert(NoticeId notice, String dedupeKey, NewDelivery delivery, Instant firstAttempt, Instant now) {
        boolean pending = delivery.status() == DeliveryStatus.PENDING;
        return db.insertInto(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.NOTICE_ID, notice)
                .set(NOTIFICATION_DELIVERY.CHANNEL_ID, delivery.channel())
                .set(NOTIFICATION_DELIVERY.USER_ID, delivery.user())
                .set(NOTIFICATION_DELIVERY.TARGET_TYPE, delivery.type())
                .set(NOTIFICATION_DELIVERY.TARGET_NAME, delivery.targetName())
                .set(NOTIFICATION_DELIVERY.DEDUPE_KEY, dedupeKey)
                .set(NOTIFICATION_DELIVERY.STATUS, delivery.status())
                .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, pending ? firstAttempt : null)
                .set(NOTIFICATION_DELIVERY.GROUP_KEY, delivery.groupKey())
                .set(NOTIFICATION_DELIVERY.DETAIL, delivery.detail())
                .set(NOTIFICATION_DELIVERY.CREATED_AT, now)
                .set(NOTIFICATION_DELIVERY.FINISHED_AT, pending ? null : now)
                .returning(NOTIFICATION_DELIVERY.DELIVERY_ID).fetchOne().getDeliveryId();
    }

    /** When the dedupe key last went to this channel or person (not counting suppressed or failed deliveries) since then. */
    public Instant lastSentSince(String dedupeKey, NewDelivery delivery, Instant since) {
        Condition target = delivery.channel() != null ? NOTIFICATION_DELIVERY.CHANNEL_ID.eq(delivery.channel())
                : NOTIFICATION_DELIVERY.USER_ID.eq(delivery.user()).and(NOTIFICATION_DELIVERY.CHANNEL_ID.isNull())
                .and(NOTIFICATION_DELIVERY.TARGET_TYPE.eq(delivery.type()));
        return db.select(DSL.max(NOTIFICATION_DELIVERY.CREATED_AT)).from(NOTIFICATION_DELIVERY)
                .where(NOTIFICATION_DELIVERY.DEDUPE_KEY.eq(dedupeKey), target, NOTIFICATION_DELIVERY.STATUS.in(LIVE),
                        NOTIFICATION_DELIVERY.CREATED_AT.gt(since))
                .fetchOne(0, Instant.class);
    }

    /** When the channel's waiting group of this key goes out; null when no delivery of it is waiting. */
    public Instant groupWaitEnd(ChannelId channel, String groupKey) {
        return db.select(DSL.min(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT)).from(NOTIFICATION_DELIVERY)
                .where(waitingInGroup(channel, groupKey))
                .fetchOne(0, Instant.class);
    }

    private static Condition waitingInGroup(ChannelId channel, String groupKey) {
        return NOTIFICATION_DELIVERY.CHANNEL_ID.eq(channel).and(NOTIFICATION_DELIVERY.GROUP_KEY.eq(groupKey))
                .and(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING)).and(NOTIFICATION_DELIVERY.ATTEMPTS.eq(0));
    }

    public List<UUID> pendingOf(NoticeId notice) {
        return db.select(NOTIFICATION_DELIVERY.DELIVERY_ID).from(NOTIFICATION_DELIVERY)
                .where(NOTIFICATION_DELIVERY.NOTICE_ID.eq(notice), NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
                .fetch(NOTIFICATION_DELIVERY.DELIVERY_ID);
    }

    /**
     * Claims up to {@code limit} deliveries that are due (or whose claim ran out) for {@code lease}; {@code only}
     * non-null limits the claim to those deliveries. A claimed grouped delivery that was never attempted brings every
     * other waiting delivery of its channel and group key along, so that the group goes out as one message. Runs in
     * short transactions of its own, so the claim is visible to other instances before anything is sent.
     */
    public List<ClaimedDelivery> claim(Instant now, Duration lease, int limit, Collection<UUID> only) {
        UUID token = UUID.randomUUID();
        var due = NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING).and(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                .or(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.SENDING).and(NOTIFICATION_DELIVERY.CLAIMED_UNTIL.lt(now)));
        List<ClaimedDelivery> claimed = new ArrayList<>(claimWhere(token, now.plus(lease),
                DSL.select(NOTIFICATION_DELIVERY.DELIVERY_ID).from(NOTIFICATION_DELIVERY)
                        .where(due, only == null ? DSL.noCondition() : NOTIFICATION_DELIVERY.DELIVERY_ID.in(only))
                        .orderBy(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT).limit(limit).forUpdate().skipLocked()));
        var groups = claimed.stream().filter(delivery -> delivery.groupKey() != null && delivery.attemptsSoFar() == 0)
                .map(delivery -> Map.entry(delivery.channel(), delivery.groupKey())).distinct()
                .map(group -> waitingInGroup(group.getKey(), group.getValue())).toList();
        if (!groups.isEmpty()) {
            claimed.addAll(claimWhere(token, now.plus(lease), DSL.select(NOTIFICATION_DELIVERY.DELIVERY_ID)
                    .from(NOTIFICATION_DELIVERY).where(DSL.or(groups)).forUpdate().skipLocked()));
        }
        return claimed;
    }

    private List<ClaimedDelivery> claimWhere(UUID token, Instant until, Select<? extends Record1<UUID>> candidates) {
        return db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.SENDING)
                .set(NOTIFICATION_DELIVERY.CLAIM_TOKEN, token)
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, until)
                .where(NOTIFICATION_DELIVERY.DELIVERY_ID.in(candidates))
                .returning(NOTIFICATION_DELIVERY.DELIVERY_ID, NOTIFICATION_DELIVERY.CLAIM_TOKEN, NOTIFICATION_DELIVERY.NOTICE_ID,
                        NOTIFICATION_DELIVERY.CHANNEL_ID, NOTIFICATION_DELIVERY.USER_ID, NOTIFICATION_DELIVERY.TARGET_TYPE,
                        NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION_DELIVERY.GROUP_KEY)
                .fetch(row -> new ClaimedDelivery(row.getDeliveryId(), row.getClaimToken(), row.getNoticeId(), row.getChannelId(),
                        row.getUserId(), row.getTargetType(), row.getAttempts(), row.getGroupKey()));
    }

    /**
     * Records an attempt and where the delivery now stands: delivered, failed for good, or pending again at
     * {@code nextAttempt}. Nothing happens when the claim was lost (it ran out and another instance took over).
     */
    public boolean recordAttempt(ClaimedDelivery claimed, Instant at, DeliveryAttempt attempt, DeliveryStatus status,
                                 Instant nextAttempt) {
        boolean ours = db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATUS, status)
                .set(NOTIFICATION_DELIVERY.ATTEMPTS, attempt.attempt())
                .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, nextAttempt)
                .set(NOTIFICATION_DELIVERY.CLAIM_TOKEN, (UUID) null)
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, (Instant) null)
                .set(NOTIFICATION_DELIVERY.DETAIL, status == DeliveryStatus.FAILED ? attempt.error() : null)
                .set(NOTIFICATION_DELIVERY.FINISHED_AT, status == DeliveryStatus.PENDING ? null : at)
                .where(NOTIFICATION_DELIVERY.DELIVERY_ID.eq(claimed.id()), NOTIFICATION_DELIVERY.CLAIM_TOKEN.eq(claimed.token()))
                .execute() == 1;
        if (ours) {
            db.insertInto(DELIVERY_ATTEMPT)
                    .set(DELIVERY_ATTEMPT.DELIVERY_ID, claimed.id())
                    .set(DELIVERY_ATTEMPT.ATTEMPT, attempt.attempt())
                    .set(DELIVERY_ATTEMPT.ATTEMPTED_AT, attempt.at())
                    .set(DELIVERY_ATTEMPT.OUTCOME, attempt.delivered() ? "DELIVERED" : "FAILED")
                    .set(DELIVERY_ATTEMPT.HTTP_STATUS, attempt.httpStatus())
                    .set(DELIVERY_ATTEMPT.ERROR, attempt.error())
                    .set(DELIVERY_ATTEMPT.DURATION_MS, attempt.durationMs())
                    .set(DELIVERY_ATTEMPT.GROUPED_WITH, attempt.groupedWith())
                    .execute();
        }
        return ours;
    }

    /** The notice's deliveries, each with every attempt, in the order they were made. */
    public List<Delivery> deliveriesOf(NoticeId notice) {
        var attempts = DSL.multiset(DSL.select(DELIVERY_ATTEMPT.ATTEMPT, DELIVERY_ATTEMPT.ATTEMPTED_AT,
                                DELIVERY_ATTEMPT.OUTCOME.eq("DELIVERED"), DELIVERY_ATTEMPT.HTTP_STATUS, DELIVERY_ATTEMPT.ERROR,
                                DELIVERY_ATTEMPT.DURATION_MS, DELIVERY_ATTEMPT.GROUPED_WITH)
                        .from(DELIVERY_ATTEMPT).where(DELIVERY_ATTEMPT.DELIVERY_ID.eq(NOTIFICATION_DELIVERY.DELIVERY_ID))
                        .orderBy(DELIVERY_ATTEMPT.ATTEMPT))
                .convertFrom(rows -> rows.map(Records.mapping(DeliveryAttempt::new)));
        return db.select(NOTIFICATION_DELIVERY.CHANNEL_ID, NOTIFICATION_DELIVERY.TARGET_TYPE, NOTIFICATION_DELIVERY.TARGET_NAME,
                        NOTIFICATION_DELIVERY.STATUS, NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, NOTIFICATION_DELIVERY.DETAIL, attempts)
                .from(NOTIFICATION_DELIVERY).where(NOTIFICATION_DELIVERY.NOTICE_ID.eq(notice))
                .orderBy(NOTIFICATION_DELIVERY.TARGET_NAME)
                .fetch(Records.mapping(Delivery::new));
    }
}
