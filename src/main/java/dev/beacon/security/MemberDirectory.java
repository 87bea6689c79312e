package dev.beacon.security;

import dev.beacon.security.internal.JooqMembershipRepository;
import dev.beacon.security.internal.JooqUserRepository;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Team members and their e-mail addresses as Beacon's own background work sees them (e.g. notifications
 * delivered after the request that caused them). It applies no user's rights, so it must never answer a
 * user's request directly; views and REST controllers go through {@link TeamService}.
 */
@Component
public class MemberDirectory {

    private final JooqMembershipRepository memberships;
    private final JooqUserRepository users;

    MemberDirectory(JooqMembershipRepository memberships, JooqUserRepository users) {
        this.memberships = memberships;
        this.users = users;
    }

    /** The team's members, enabled or not, owners first. */
    @Transactional(readOnly = true)
    public List<TeamMember> members(TeamId team) {
        return memberships.members(team);
    }

    /** The user, if they exist. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> user(UserId user) {
        return users.find(user);
    }
}
