package dev.beacon.notification.delivery;

import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.ClaimedDelivery;
import dev.beacon.security.MemberDirectory;
import dev.beacon.security.TeamMember;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who a delivery reaches: the person of a personal notice, else the channel's chosen members or, when it chose none,
 * every member of the team — enabled accounts only, as they are at the time of sending.
 */
@Component
class Recipients {

    private final MemberDirectory directory;

    Recipients(MemberDirectory directory) {
        this.directory = directory;
    }

    List<UserAccount> of(ClaimedDelivery delivery, ChannelTarget channel) {
        if (channel == null) {
            return directory.user(delivery.user()).filter(UserAccount::enabled).stream().toList();
        }
        List<UserId> chosen = channel.data().recipients();
        return directory.members(channel.team()).stream()
                .filter(TeamMember::enabled)
                .map(TeamMember::userId)
                .filter(user -> chosen.isEmpty() || chosen.contains(user))
                .map(directory::user)
                .flatMap(Optional::stream)
                .toList();
    }
}
