package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqAlertNoticeRepository;
import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.notification.Delivery;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.notification.NotificationService;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.MemberDirectory;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How people respond to a model's alerts: EDITORs and OWNERs acknowledge an active alert with a comment and assign it
 * to a team member (who gets a personal notice); VIEWERs read acknowledgements and every notice with its deliveries.
 * Other teams' alerts answer "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertResponseService {

    public static final int MAX_COMMENT = 1000;
    private static final String ALERT = "Alert";

    private final JooqAlertNoticeRepository notices;
    private final JooqRuleRepository rules;
    private final ModelDirectory directory;
    private final MemberDirectory members;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final NotificationService notifications;
    private final Clock clock;

    AlertResponseService(JooqAlertNoticeRepository notices, JooqRuleRepository rules, ModelDirectory directory,
                         MemberDirectory members, TeamAccess access, CurrentUser currentUser, AuditLog auditLog,
                         NotificationService notifications, Clock clock) {
        this.notices = notices;
        this.rules = rules;
        this.directory = directory;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Acknowledges the rule's active alert; {@code assignee} (a member of the team, or null) gets a personal notice. */
    @Transactional
    public Acknowledgement acknowledge(RuleId rule, String comment, UserId assignee) {
        ModelEntry model = requireRule(rule, TeamRole.EDITOR);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "A comment has at most " + MAX_COMMENT + " characters");
        }
        RuleOverview overview = rules.rulesOf(model.id(), null).stream().filter(r -> r.rule().id().equals(rule)).findFirst()
                .orElseThrow(() -> new NotFoundException(ALERT));
        if (!overview.currentState().isActive()) {
            throw new InvalidInputException("rule", "Only a firing alert can be acknowledged; this one is "
                    + overview.currentState().label().toLowerCase());
        }
        if (assignee != null && members.members(model.team()).stream().map(TeamMember::userId).noneMatch(assignee::equals)) {
            throw new InvalidInputException("assignee", "Assign the alert to a member of the model's team");
        }
        notices.acknowledge(rule, overview.state().severity(), text, clock.instant(), currentUser.id(), assignee);
        String summary = overview.rule().data().summary();
        auditLog.recorded(new AuditSubject(model.team(), ALERT, rule.toString(), model.name() + ": " + summary), "ACKNOWLEDGED",
                "Acknowledged " + model.name() + ": " + summary + (assignee == null ? "" : ", assigned")
                        + (text.isEmpty() ? "" : " — " + text));
        if (assignee != null) {
            notifications.notifyUser(assignee, Notice.of("alert", dev.beacon.notification.Severity.INFO,
                    "Assigned to you: " + model.name() + " — " + summary,
                    currentUser.username() + " assigned you this alert." + (text.isEmpty() ? "" : "\n" + text),
                    "models/" + model.id() + "?tab=alerts").withFields(Map.of("Model", model.name(), "Rule", summary)));
        }
        return acknowledgement(rule).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Acknowledgement> acknowledgement(RuleId rule) {
        requireRule(rule, TeamRole.VIEWER);
        return notices.ackOf(rule).map(ack -> new Acknowledgement(ack.rule(), ack.severity(), ack.comment(), ack.at(),
                ack.acknowledgedBy(), ack.assignee(), ack.assigneeName()));
    }

    /** Who an alert of the model can be assigned to: the members of its team. */
    @Transactional(readOnly = true)
    public List<TeamMember> assignees(ModelId model) {
        return members.members(requireModel(model, TeamRole.VIEWER).team());
    }

    /**
     * The model's latest notices (sent or muted), newest first, each with its deliveries and their attempts. Not one
     * transaction: each notice's deliveries are read on their own, and a notice the outbox has not handed over yet
     * (a moment after its commit) shows no deliveries instead of failing the whole list.
     */
    public List<AlertNotice> notices(ModelId model, int limit) {
        requireModel(model, TeamRole.VIEWER);
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "Ask for 1 to 200 notices");
        }
        return notices.noticesOf(model, limit).stream().map(n -> new AlertNotice(n.rule(), n.ruleData().summary(), n.reminder(),
                n.toState(), n.severity(), n.at(), n.notice(), n.mutedBy(),
                deliveriesOf(n.notice()))).toList();
    }

    private List<Delivery> deliveriesOf(NoticeId notice) {
        if (notice == null) {
            return List.of();
        }
        try {
            return notifications.deliveries(notice);
        } catch (NotFoundException notYetStored) {
            return List.of();
        }
    }

    private ModelEntry requireRule(RuleId rule, TeamRole minimum) {
        ModelId model = rules.modelOf(rule).orElseThrow(() -> new NotFoundException(ALERT));
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException(ALERT));
        access.require(entry.team(), minimum, ALERT);
        return entry;
    }

    private ModelEntry requireModel(ModelId model, TeamRole minimum) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), minimum, "Model");
        return entry;
    }
}
