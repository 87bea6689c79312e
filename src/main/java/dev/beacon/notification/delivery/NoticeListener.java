package dev.beacon.notification.delivery;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox's consumer. Spring Modulith stores each {@link NoticeRequested} in the event publication registry inside
 * the requesting transaction and calls this after that transaction committed, in another thread, so the requester
 * never waits for a delivery. The publication is completed when this returns; one that was not (a crash, a failure)
 * is resubmitted by {@link NotificationJobs} and finds its notice already stored.
 */
@Component
class NoticeListener {

    private final FanOut fanOut;
    private final DeliveryDispatcher dispatcher;

    NoticeListener(FanOut fanOut, DeliveryDispatcher dispatcher) {
        this.fanOut = fanOut;
        this.dispatcher = dispatcher;
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRequested request) {
        dispatcher.deliver(fanOut.store(request));
    }
}
