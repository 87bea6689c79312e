package dev.beacon.notification;

import dev.beacon.notification.delivery.NoticeRequested;
import dev.beacon.notification.internal.JooqDeliveryRepository;
import dev.beacon.notification.internal.JooqNoticeRepository;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How other modules tell people something: {@link #notifyTeam} sends a notice to every enabled channel of a team,
 * {@link #notifyUser} to one person's inbox and e-mail. Called inside the caller's transaction, the notice goes into
 * the transactional outbox with it: a rolled-back caller sends nothing, a committed one is delivered even if this
 * instance stops right after the commit. Sending happens later, in the background; these methods never wait for it.
 * They apply no user's rights: the calling module decides who may cause a notice (e.g. alert evaluation runs as no one).
 */
@Service
public class NotificationService {

    private static final String NOTICE = "Notice";

    private final ApplicationEventPublisher events;
    private final JooqNoticeRepository notices;
    private final JooqDeliveryRepository deliveries;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(ApplicationEventPublisher events, JooqNoticeRepository notices, JooqDeliveryRepository deliveries,
                        TeamAccess access, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.notices = notices;
        this.deliveries = deliveries;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Queues the notice for every enabled channel of the team; returns its id, e.g. to show its deliveries later. */
    @Transactional
    public NoticeId notifyTeam(TeamId team, Notice notice) {
        return request(Objects.requireNonNull(team, "team"), null, null, notice);
    }

    /** Queues the notice for one person: their in-app inbox and their e-mail address. */
    @Transactional
    public NoticeId notifyUser(UserId user, Notice notice) {
        return request(null, Objects.requireNonNull(user, "user"), null, notice);
    }

    /**
     * Every delivery of the notice with every attempt, for whoever may see it: members of its team, or the person it
     * was for. Others get "not found".
     */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(NoticeId notice) {
        var stored = notices.find(notice).orElseThrow(() -> new NotFoundException(NOTICE));
        if (stored.team() != null) {
            access.require(stored.team(), TeamRole.VIEWER, NOTICE);
        } else if (!currentUser.isAdmin() && !stored.user().equals(currentUser.id())) {
            throw new NotFoundException(NOTICE);
        }
        return deliveries.deliveriesOf(notice);
    }

    /** A notice for one channel only (the channel page's "Send test notification"). */
    NoticeId notifyChannel(TeamId team, ChannelId channel, Notice notice) {
        return request(team, null, channel, notice);
    }

    private NoticeId request(TeamId team, UserId user, ChannelId channel, Notice notice) {
        NoticeId id = new NoticeId(UUID.randomUUID());
        events.publishEvent(new NoticeRequested(id, team, user, channel, Objects.requireNonNull(notice, "notice"), clock.instant()));
        return id;
    }
}
