package dev.beacon.notification.delivery;

import dev.beacon.notification.internal.JooqInboxRepository;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * Tells the open browser tabs of this instance that a person's unread count changed (a notice arrived, something was
 * marked read), so their bells update through Vaadin Push. Listeners get the new count, read here: they run outside
 * any request and so without a signed-in user. Tabs on another instance see the change on their next page load.
 */
@Component
public class InboxBroadcaster {

    private final Map<UserId, List<IntConsumer>> listeners = new ConcurrentHashMap<>();
    private final JooqInboxRepository inbox;

    InboxBroadcaster(JooqInboxRepository inbox) {
        this.inbox = inbox;
    }

    /** Calls {@code listener} with the person's unread count whenever it changes; run the returned action to stop. */
    public Runnable listen(UserId user, IntConsumer listener) {
        listeners.computeIfAbsent(user, key -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(user, (key, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Call after the change has been committed. */
    public void changed(Collection<UserId> users) {
        for (UserId user : users) {
            List<IntConsumer> waiting = listeners.get(user);
            if (waiting != null && !waiting.isEmpty()) {
                int unread = inbox.unreadCount(user);
                waiting.forEach(listener -> listener.accept(unread));
            }
        }
    }
}
