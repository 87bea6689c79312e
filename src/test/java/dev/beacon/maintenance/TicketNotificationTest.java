package dev.beacon.maintenance;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.notification.InboxItem;
import dev.beacon.notification.InboxService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people involved in a ticket hear about what others do to it, in their inbox (and by e-mail, through the same
 * notice): the assignee about the assignment, the assignee and the reporter about comments and moves. Nobody hears
 * about what they did themselves.
 */
@IntegrationTest
class TicketNotificationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;
    @Autowired
    InboxService inbox;
    @Autowired
    GreenMail greenMail;

    Team team;
    UserAccount reporter;
    UserAccount assignee;
    UserAccount bystander;
    Model model;

    @BeforeEach
    void aReporterAnAssigneeAndABystander() {
        team = fixtures.team("notify");
        reporter = fixtures.user("reporter");
        assignee = fixtures.user("assignee");
        bystander = fixtures.user("bystander");
        fixtures.member(team, reporter, TeamRole.EDITOR);
        fixtures.member(team, assignee, TeamRole.EDITOR);
        fixtures.member(team, bystander, TeamRole.OWNER);
        model = fixtures.model(team, "noticed");
    }

    @Test
    void the_assignee_gets_a_notice_and_an_email_with_the_tickets_facts_and_a_link_to_it() throws Exception {
        Ticket ticket = fixtures.as(reporter, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_PATCH, "Patch the runtime")
                        .withPriority(TicketPriority.HIGH).withDueDate(LocalDate.of(2026, 12, 24))
                        .withAssignee(assignee.id())));

        InboxItem notice = awaitItems(assignee, 1).getFirst();
        assertThat(notice.kind()).isEqualTo("ticket");
        assertThat(notice.title()).isEqualTo(reporter.displayName() + " assigned you " + ticket.headline());
        assertThat(notice.link()).isEqualTo("tickets/" + ticket.id());
        assertThat(notice.fields()).containsExactly(
                java.util.Map.entry("ticket", ticket.reference() + " Patch the runtime"),
                java.util.Map.entry("model", model.data().name()),
                java.util.Map.entry("type", "Security patch"),
                java.util.Map.entry("priority", "High"),
                java.util.Map.entry("due", "2026-12-24"));
        assertThat(items(reporter)).as("the reporter did it").isEmpty();

        MimeMessage mail = awaitMail(assignee.email());
        assertThat(mail.getSubject()).contains(reporter.displayName() + " assigned you " + ticket.headline());
        assertThat(GreenMailUtil.getBody(mail)).contains("/tickets/" + ticket.id());
    }

    @Test
    void assigning_yourself_notifies_nobody_and_reassigning_notifies_only_the_new_assignee() {
        Ticket ticket = fixtures.as(assignee, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.RETRAINING, "Retrain").withAssignee(assignee.id())));
        fixtures.as(assignee, () -> tickets.assign(ticket.id(), ticket.version(), bystander.id()));

        assertThat(awaitItems(bystander, 1).getFirst().title()).startsWith(assignee.displayName() + " assigned you");
        assertThat(items(assignee)).isEmpty();
    }

    @Test
    void a_comment_reaches_the_assignee_and_the_reporter_but_never_its_author() {
        Ticket ticket = fixtures.as(reporter, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.INCIDENT, "Errors after deploy").withAssignee(assignee.id())));
        awaitItems(assignee, 1);

        fixtures.as(bystander, () -> tickets.comment(ticket.id(), "Seeing 502s from the gateway"));
        InboxItem toReporter = awaitItems(reporter, 1).getFirst();
        assertThat(toReporter.title()).isEqualTo(bystander.displayName() + " commented on " + ticket.headline());
        assertThat(toReporter.body()).isEqualTo("Seeing 502s from the gateway");
        awaitItems(assignee, 2);

        fixtures.as(assignee, () -> tickets.comment(ticket.id(), "Rolled back"));
        assertThat(awaitItems(reporter, 2).getFirst().body()).isEqualTo("Rolled back");
        assertThat(items(assignee)).as("the assignee's own comment is not sent to them").hasSize(2);
        assertThat(items(bystander)).as("commenting does not subscribe").isEmpty();
    }

    @Test
    void a_move_by_someone_else_tells_the_reporter_and_the_assignee() {
        Ticket ticket = fixtures.as(reporter, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_AUDIT, "Audit").withAssignee(assignee.id())));
        awaitItems(assignee, 1);

        fixtures.as(assignee, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.IN_PROGRESS, null));

        assertThat(awaitItems(reporter, 1).getFirst().title())
                .isEqualTo(assignee.displayName() + " moved " + ticket.headline() + " to In progress");
        assertThat(items(assignee)).as("only the assignment, not their own move").hasSize(1);
    }

    private MimeMessage awaitMail(String recipient) {
        return await().atMost(DELIVERY).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(recipient))
                .findFirst().orElse(null), message -> message != null);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<InboxItem> awaitItems(UserAccount user, int count) {
        await().atMost(DELIVERY).until(() -> items(user).size() >= count);
        return items(user);
    }

    private List<InboxItem> items(UserAccount user) {
        return fixtures.as(user, () -> inbox.items());
    }
}
