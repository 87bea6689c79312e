package dev.beacon.alerting;

import dev.beacon.alerting.internal.EvaluationTarget;
import dev.beacon.alerting.internal.JooqAlertNoticeRepository;
import dev.beacon.notification.NoticeId;
import dev.beacon.notification.NotificationService;
import dev.beacon.shared.TeamId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the team about its alerts. Listens to {@link AlertTransitioned} synchronously, inside the evaluator's
 * transaction, so each notice enters the notification outbox atomically with its transition: firing (and every change
 * of severity), no data and resolved send one, pending and the quiet return to OK do not. Any transition ends an
 * acknowledgement. While an alert keeps firing unacknowledged, the evaluator asks {@link #remind} to send a "still
 * firing" notice once the last one is older than the repeat interval. Silences and maintenance windows mute both; the
 * muted notice is recorded with its reason. Every notice (or its reason) is stored per rule for the Alerts tab.
 */
@Component
class AlertNotifier {

    private final NotificationService notifications;
    private final JooqAlertNoticeRepository notices;
    private final AlertMutes mutes;
    private final AlertingProperties properties;

    AlertNotifier(NotificationService notifications, JooqAlertNoticeRepository notices, AlertMutes mutes,
                  AlertingProperties properties) {
        this.notifications = notifications;
        this.notices = notices;
        this.mutes = mutes;
        this.properties = properties;
    }

    /** One firing rule after this cycle's evaluation, with the state it is in. */
    record StillFiring(EvaluationTarget target, RuleState state) {
    }

    @EventListener
    void on(AlertTransitioned event) {
        notices.clearAck(event.rule());
        if (!notifies(event)) {
            return;
        }
        var facts = new AlertNoticeText.Facts(event.model(), event.modelName(), event.rule(), event.ruleSummary(), event.to(),
                event.severity(), event.observedValue(), event.threshold(), event.unit(), event.at(), event.runbookUrl(), false,
                notices.modelTags(event.model()));
        send(event.team(), facts, event.at(), false);
    }

    /**
     * Sends "still firing" for every unacknowledged alert whose last notice is older than its rule's repeat interval
     * (or, when the rule sets none, {@code beacon.alerting.repeat-interval}). A silenced alert gets no reminder at all,
     * not even a muted one: the history already says its firing was muted, a muted row every cycle would only bury it,
     * and since nobody was told, the reminder goes out in the first cycle after the silence ends.
     */
    void remind(List<StillFiring> firing, Instant now) {
        if (firing.isEmpty()) {
            return;
        }
        List<RuleId> rules = firing.stream().map(still -> still.target().rule()).toList();
        Set<RuleId> acknowledged = notices.acknowledged(rules);
        Map<RuleId, Instant> lastSent = notices.lastSent(rules);
        for (StillFiring still : firing) {
            EvaluationTarget target = still.target();
            RuleData rule = target.data();
            Instant last = lastSent.get(target.rule());
            Instant dueBefore = now.minus(rule.repeatInterval() == null ? properties.repeatInterval() : rule.repeatInterval());
            if (acknowledged.contains(target.rule()) || (last != null && last.isAfter(dueBefore))
                    || mutes.mutedBy(target.team(), target.model(), target.rule(), now).isPresent()) {
                continue;
            }
            var facts = new AlertNoticeText.Facts(target.model(), target.modelName(), target.rule(), rule.summary(),
                    AlertState.FIRING, still.state().severity(), still.state().lastValue(), rule.threshold(still.state().severity()),
                    rule.metric().unit(), still.state().since(), rule.runbookUrl(), true, notices.modelTags(target.model()));
            send(target.team(), facts, now, true);
        }
    }

    private void send(TeamId team, AlertNoticeText.Facts facts, Instant at, boolean reminder) {
        Optional<String> muted = mutes.mutedBy(team, facts.model(), facts.rule(), at);
        NoticeId notice = muted.isPresent() ? null
                : notifications.notifyTeam(team, AlertNoticeText.of(facts, properties.repeatInterval()));
        notices.record(facts.rule(), facts.model(), reminder, facts.state(), facts.severity(), at, notice, muted.orElse(null));
    }

    private static boolean notifies(AlertTransitioned event) {
        return event.to() == AlertState.FIRING || event.to() == AlertState.NO_DATA || event.to() == AlertState.RESOLVED;
    }
}
