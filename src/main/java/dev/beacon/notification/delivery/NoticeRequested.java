package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelId;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * A notice someone asked to send, as the outbox stores it in the caller's transaction: to a team's channels (all
 * enabled ones, or {@code onlyChannel}), or to one person ({@code user}).
 */
public record NoticeRequested(NoticeId id, TeamId team, UserId user, ChannelId onlyChannel, Notice notice, Instant at) {
}
