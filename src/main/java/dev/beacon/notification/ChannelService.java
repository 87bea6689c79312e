package dev.beacon.notification;

import dev.beacon.notification.delivery.EmailSender;
import dev.beacon.notification.internal.JooqChannelRepository;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.SecretTokens;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * A team's notification channels: every member sees them (never a webhook's secret); OWNERs create, change, delete
 * and test them. For everyone else the team does not exist. Each change is audit-logged in its own transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ChannelService {

    static final String SECRET_PREFIX = "bwh_";
    private static final String TEAM = "Team";
    private static final String CHANNEL = "Notification channel";

    private final JooqChannelRepository channels;
    private final ChannelChecks checks;
    private final TeamAccess access;
    private final TeamService teams;
    private final NotificationService notifications;
    private final EmailSender email;
    private final AuditLog auditLog;
    private final Clock clock;

    ChannelService(JooqChannelRepository channels, ChannelChecks checks, TeamAccess access, TeamService teams,
                   NotificationService notifications, EmailSender email, AuditLog auditLog, Clock clock) {
        this.channels = channels;
        this.checks = checks;
        this.access = access;
        this.teams = teams;
        this.notifications = notifications;
        this.email = email;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Channel> channels(TeamId team) {
        access.require(team, TeamRole.VIEWER, TEAM);
        return channels.channelsOf(team);
    }

    @Transactional(readOnly = true)
    public Channel channel(TeamId team, ChannelId id) {
        access.require(team, TeamRole.VIEWER, TEAM);
        return channels.find(team, id).orElseThrow(() -> new NotFoundException(CHANNEL));
    }

    /** Whether the current user may change the team's channels (OWNER). */
    @Transactional(readOnly = true)
    public boolean canManage(TeamId team) {
        return access.require(team, TeamRole.VIEWER, TEAM) == TeamRole.OWNER;
    }

    /** The members an e-mail or in-app channel may be limited to. */
    @Transactional(readOnly = true)
    public List<TeamMember> members(TeamId team) {
        return teams.members(team);
    }

    /** Whether an SMTP server is configured; without one, e-mail channels cannot send anything. */
    public boolean emailConfigured() {
        return email.configured();
    }

    /** Creates a channel; a webhook's signing secret is in the answer, the only time anyone sees it. */
    @Transactional
    public CreatedChannel create(TeamId team, ChannelData data) {
        access.require(team, TeamRole.OWNER, TEAM);
        ChannelData checked = checks.check(data, teams.members(team));
        String secret = checked.type() == ChannelType.WEBHOOK ? SecretTokens.newSecret(SECRET_PREFIX) : null;
        ChannelId id;
        try {
            id = channels.insert(team, checked, secret, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        Channel channel = channels.find(team, id).orElseThrow();
        auditLog.created(subject(channel), ChannelSnapshot.of(channel.data()));
        return new CreatedChannel(channel, secret);
    }

    /** Changes a channel; a webhook keeps its secret (one that becomes a webhook gets a new one, returned). */
    @Transactional
    public CreatedChannel update(TeamId team, ChannelId id, int version, ChannelData data) {
        access.require(team, TeamRole.OWNER, TEAM);
        Channel before = channels.find(team, id).orElseThrow(() -> new NotFoundException(CHANNEL));
        ChannelData checked = checks.check(data, teams.members(team));
        String secret = checked.type() != ChannelType.WEBHOOK ? null
                : before.type() == ChannelType.WEBHOOK ? channels.secretOf(id) : SecretTokens.newSecret(SECRET_PREFIX);
        try {
            if (!channels.update(team, id, version, checked, secret, clock.instant())) {
                throw new StaleDataException("This channel");
            }
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        Channel after = channels.find(team, id).orElseThrow();
        auditLog.updated(subject(after), ChannelSnapshot.of(before.data()), ChannelSnapshot.of(after.data()));
        return new CreatedChannel(after, before.type() == ChannelType.WEBHOOK ? null : secret);
    }

    @Transactional
    public void delete(TeamId team, ChannelId id) {
        access.require(team, TeamRole.OWNER, TEAM);
        Channel channel = channels.find(team, id).orElseThrow(() -> new NotFoundException(CHANNEL));
        channels.delete(team, id);
        auditLog.deleted(subject(channel), ChannelSnapshot.of(channel.data()));
    }

    /** Sends a test notice through this one channel (even a disabled one); its deliveries show how it went. */
    @Transactional
    public NoticeId sendTest(TeamId team, ChannelId id) {
        access.require(team, TeamRole.OWNER, TEAM);
        Channel channel = channels.find(team, id).orElseThrow(() -> new NotFoundException(CHANNEL));
        auditLog.recorded(subject(channel), "TESTED", "Sent a test notification through channel " + channel.name());
        return notifications.notifyChannel(team, id, Notice.of("test", Severity.INFO, "Test notification from Beacon",
                "If you read this, channel \"" + channel.name() + "\" works.", "teams/" + team));
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "This team already has a channel with this name");
    }

    private static AuditSubject subject(Channel channel) {
        return new AuditSubject(channel.team(), CHANNEL, channel.id().toString(), channel.name());
    }
}
