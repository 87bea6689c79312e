package dev.beacon.notification.internal;

import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/** A notice as stored: for a team (team set) or one person (user set). */
public record StoredNotice(NoticeId id, TeamId team, UserId user, Notice notice, Instant createdAt) {
}
