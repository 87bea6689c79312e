package dev.beacon.notification;

import dev.beacon.notification.delivery.InboxBroadcaster;
import dev.beacon.notification.internal.JooqInboxRepository;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** The signed-in person's in-app notices: the bell's unread count and the notifications page. */
@Service
@PreAuthorize("isAuthenticated()")
public class InboxService {

    static final int PAGE = 200;

    private final JooqInboxRepository inbox;
    private final InboxBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(JooqInboxRepository inbox, InboxBroadcaster broadcaster, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return inbox.unreadCount(currentUser.id());
    }

    /** The newest {@value #PAGE} notices, unread and read. */
    @Transactional(readOnly = true)
    public List<InboxItem> items() {
        return inbox.items(currentUser.id(), PAGE);
    }

    @Transactional
    public void markRead(NoticeId notice) {
        UserId me = currentUser.id();
        if (!inbox.markRead(me, notice, clock.instant())) {
            throw new NotFoundException("Notification");
        }
        announceAfterCommit(me);
    }

    @Transactional
    public int markAllRead() {
        UserId me = currentUser.id();
        int marked = inbox.markAllRead(me, clock.instant());
        announceAfterCommit(me);
        return marked;
    }

    /**
     * Calls {@code listener} with the signed-in person's unread count whenever it changes on this instance (from any
     * thread, outside any request); run the returned action to stop.
     */
    public Runnable listen(IntConsumer listener) {
        return broadcaster.listen(currentUser.id(), listener);
    }

    private void announceAfterCommit(UserId user) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.changed(Set.of(user));
            }
        });
    }
}
